package org.lectern.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunLimitsTest {

    @Test
    void sizesTakeDecimalUnits() {
        assertThat(RunLimits.parseSize("500000")).isEqualTo(500_000);
        assertThat(RunLimits.parseSize("800k")).isEqualTo(800_000);
        assertThat(RunLimits.parseSize("10MB")).isEqualTo(10_000_000);
        assertThat(RunLimits.parseSize("1g")).isEqualTo(1_000_000_000);
        assertThat(RunLimits.parseSize("0")).isZero();
    }

    @Test
    void badSizesAreNamed() {
        assertThatThrownBy(() -> RunLimits.parseSize("ten megabytes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ten megabytes'");
        assertThatThrownBy(() -> RunLimits.parseSize("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RunLimits.parseSize("99999999999999g")).isInstanceOf(ArithmeticException.class);
    }
}
