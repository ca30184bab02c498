package org.lectern.annotator.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.annotator.entities.CrfEntityAnnotatorTest.assertEntities;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clubs, their towns and short forms, and names inside events (issue 20). */
class SportsClubsTest {

    @Test
    void nicknamesAndListedClubsAreOrganisations() throws Exception {
        assertEntities(
                "Spurs were held 1-1 by West Ham, while Boro lost at home to Aston Villa.",
                "0-5 ORGANIZATION Spurs → Tottenham Hotspur",
                "23-31 ORGANIZATION West Ham → West Ham United",
                "39-43 ORGANIZATION Boro → Middlesbrough",
                "60-71 ORGANIZATION Aston Villa → Aston Villa");
    }

    @Test
    void townIsItsClubInAFootballReportOnly() throws Exception {
        assertEntities(
                "The striker scored twice as Blackburn Rovers beat Everton 2-0 in the league.\n"
                        + "The manager said the club would not sell him.",
                "28-44 ORGANIZATION Blackburn Rovers → Blackburn Rovers",
                "50-57 ORGANIZATION Everton → Everton");
        assertEntities(
                "Heavy rain flooded streets in Everton, north Liverpool, on Tuesday.",
                "30-37 LOCATION Everton → Everton",
                "45-54 LOCATION Liverpool → Liverpool");
    }

    @Test
    void shortFormIsTheClubTheArticleNamed() throws Exception {
        assertEntities(
                "Leicester City manager Nigel Pearson praised his defence after the match.\n"
                        + "City have now won four games in a row.",
                "0-14 ORGANIZATION Leicester City → Leicester City",
                "23-36 PERSON Nigel Pearson → Nigel Pearson",
                "74-78 ORGANIZATION City → Leicester City");
    }

    @Test
    void namesInsideEventsAreNotEntities() throws Exception {
        assertEntities(
                "Kelly Holmes won two gold medals at the Athens Games before the Uefa Cup final in Lisbon.",
                "0-12 PERSON Kelly Holmes → Kelly Holmes",
                "82-88 LOCATION Lisbon → Lisbon");
    }

    @Test
    void everyShortFormAndTownNamesAListedClub() {
        Set<String> clubs = new HashSet<>();
        NewsGazetteer.readLines("sports-clubs.tsv", line -> {
            if (!line.startsWith("#")) {
                clubs.add(line.split("\t")[2]);
            }
        });
        SportsClubForms forms = SportsClubForms.instance();
        NewsGazetteer.readLines("sports-club-forms.tsv", line -> {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns[1].equals("short")) {
                assertThat(clubs).as(line).contains(columns[2]);
                assertThat(forms.clubsOfShortForm(columns[0])).contains(columns[2]);
            }
        });
        assertThat(forms.clubOfTown("Graz")).isEqualTo("Grazer AK");
        assertThat(forms.clubOfTown("Athens"))
                .as("a town of several clubs names none")
                .isNull();
    }
}
