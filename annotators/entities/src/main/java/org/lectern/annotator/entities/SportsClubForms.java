package org.lectern.annotator.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lectern.api.SharedModels;

/**
 * The forms of club names that are ordinary words or places elsewhere, from {@code sports-club-forms.tsv}: towns
 * that sports reports use for their club ("beat Liverpool") and short forms of clubs ("City", "Sporting"). The
 * clubs' full names and nicknames are in {@code sports-clubs.tsv}, which {@link NewsGazetteer} reads.
 */
final class SportsClubForms {

    /** Words that make a document a football report, and a sentence one about a club rather than its town. */
    static final Set<String> SPORTS_WORDS = Set.of(
            "match",
            "game",
            "tie",
            "fixture",
            "derby",
            "league",
            "cup",
            "season",
            "goal",
            "goals",
            "scored",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "winger",
            "manager",
            "boss",
            "coach",
            "squad",
            "beat",
            "beaten",
            "drew",
            "draw",
            "win",
            "won",
            "victory",
            "defeat",
            "defeated",
            "lost",
            "against",
            "v",
            "vs",
            "fans",
            "supporters",
            "signed",
            "transfer",
            "loan",
            "club",
            "side",
            "promoted",
            "relegated",
            "relegation",
            "penalty",
            "champions",
            "premiership",
            "kick-off",
            "semi-final",
            "quarter-final");

    private final Map<String, String> clubOfTown = new HashMap<>();
    private final Map<String, List<String>> clubsOfShortForm = new HashMap<>();

    static SportsClubForms instance() {
        return SharedModels.get("entities:sports-club-forms", SportsClubForms.class, SportsClubForms::new);
    }

    private SportsClubForms() {
        NewsGazetteer.readLines("sports-club-forms.tsv", this::add);
    }

    private void add(String line) {
        if (line.startsWith("#") || line.isBlank()) {
            return;
        }
        String[] columns = line.split("\t");
        if (columns.length != 3 || !Set.of("town", "short").contains(columns[1])) {
            throw new IllegalStateException(
                    "sports-club-forms.tsv: expected 'form<TAB>town|short<TAB>club', found: " + line);
        }
        if (columns[1].equals("town")) {
            clubOfTown.put(columns[0], columns[2]);
        } else {
            clubsOfShortForm.computeIfAbsent(columns[0], f -> new ArrayList<>()).add(columns[2]);
        }
    }

    /** The club that sports reports name by this town, or null. */
    String clubOfTown(String town) {
        return clubOfTown.get(town);
    }

    /** The clubs this short form may stand for (none if it is not listed). */
    List<String> clubsOfShortForm(String form) {
        return clubsOfShortForm.getOrDefault(form, List.of());
    }
}
