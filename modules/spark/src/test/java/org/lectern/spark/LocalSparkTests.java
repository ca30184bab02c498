package org.lectern.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that share one in-process Spark ({@code local[2]}) for their class: starting Spark takes seconds. */
abstract class LocalSparkTests {

    static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = Runs.localSpark("local[2]");
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }
}
