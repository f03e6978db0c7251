package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentValues_takeTheDefaults() {
        assertThat(PageRequest.parse(null, null)).isEqualTo(new PageRequest(1, 100));
    }

    @Test
    void lastPageOfTheLargestSize_hasItsFirstRowWithinAnInt() {
        assertThat(PageRequest.parse("1000000", "1000").offset()).isEqualTo(999_999_000);
    }

    @Test
    void pageBeyondTheMaximum_isRejectedNamingPage() {
        assertThatThrownBy(() -> PageRequest.parse("1000001", "1"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("page must be a whole number from 1 to 1000000.");
    }

    @Test
    void textForASize_isRejectedNamingPageSize() {
        assertThatThrownBy(() -> PageRequest.parse("1", "ten"))
                .isInstanceOf(InvalidQueryException.class)
                .extracting(e -> ((InvalidQueryException) e).parameter())
                .isEqualTo("page_size");
    }
}
