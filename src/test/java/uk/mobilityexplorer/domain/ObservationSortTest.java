package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObservationSortTest {

    @Test
    void codeIsReadInAnyCase() {
        assertThat(ObservationSort.parse("-VALUE")).isEqualTo(ObservationSort.VALUE_DESCENDING);
    }

    @Test
    void absentSort_isSourceOrder() {
        assertThat(ObservationSort.parse(null)).isEqualTo(ObservationSort.SOURCE);
    }

    @Test
    void unknownSort_listsTheCodesInOrder() {
        assertThatThrownBy(() -> ObservationSort.parse("size"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("sort must be one of: -period, -value, area, period, source, value.");
    }
}
