package org.lectern.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReviewStatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsPerLayerCountsWithPrecisionAndRecallAsReviewersMeasuredThem() throws Exception {
        Path xmi = ReviewFixtures.writePredicted(dir, "doc", "run-1");
        try (ReviewStore store = new ReviewStore(dir)) {
            store.write(
                    "doc",
                    xmi,
                    0,
                    ReviewFixtures.ops("[{'op':'accept','type':'NamedEntity','begin':0,'end':7},"
                            + "{'op':'accept','type':'NamedEntity','begin':44,'end':48},"
                            + "{'op':'set','type':'NamedEntity','begin':11,'end':22,'feature':'value',"
                            + "'value':'ORGANIZATION'},"
                            + "{'op':'add','type':'NamedEntity','begin':50,'end':58,'features':{'value':'PERSON'}},"
                            + "{'op':'reject','type':'Quotation','begin':29,'end':39},"
                            + "{'op':'accept','type':'MoneyAmount','begin':75,'end':78}]"),
                    "ann");
        }
        StringWriter out = new StringWriter();

        int exit = new CommandLine(new ReviewStatsCommand())
                .setOut(new PrintWriter(out))
                .execute(dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("1 reviewed documents")
                .contains("entities               2         0          1       1      0.667   0.500")
                .contains("quotes                 0         1          0       0      0.000       -")
                .contains("MoneyAmount            1         0          0       0      1.000   1.000");
    }
}
