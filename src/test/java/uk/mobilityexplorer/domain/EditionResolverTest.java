package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionResolverTest {

    @Inject
    EditionResolver editions;

    @Inject
    Catalogue catalogue;

    @Test
    void latestAndNothing_meanTheLatestPublishedEdition_unpinned() {
        assertThat(editions.named("LATEST")).satisfies(r -> {
            assertThat(r.id()).isEqualTo("2025");
            assertThat(r.pinned()).isFalse();
        });
        assertThat(editions.named(null).id()).isEqualTo("2025");
    }

    @Test
    void aPublishedEditionNamed_isPinned_aDraftIsNot() {
        assertThat(editions.named("2024").pinned()).isTrue();
        assertThat(editions.named("2026-DRAFT")).satisfies(r -> {
            assertThat(r.id()).isEqualTo("2026-draft");
            assertThat(r.pinned()).isFalse();
        });
    }

    @Test
    void measureIsReadInItsLatestPublishedEdition_notInTheLatestOverall() {
        Measure mo11 = catalogue.measure("MO11", null);
        assertThat(editions.forMeasure(mo11, null).id()).isEqualTo("2023");
    }

    @Test
    void editionWithoutTheMeasure_isRejectedListingItsEditions() {
        Measure mo11 = catalogue.measure("MO11", null);
        assertThatThrownBy(() -> editions.forMeasure(mo11, "2025"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Editions with this measure: 2023");
    }
}
