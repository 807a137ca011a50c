package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConfirmationTermsTest {

    final ConfirmationTerms terms = new ConfirmationTerms(12, 60);
    final LocalDate today = LocalDate.of(2027, 3, 31);

    @Test
    void an_offer_is_flagged_on_the_day_its_twelve_months_are_up() {
        assertThat(terms.flagged(LocalDate.of(2026, 4, 1), today)).isFalse();
        assertThat(terms.flagged(LocalDate.of(2026, 3, 31), today)).isTrue();
        assertThat(terms.flagged(null, today)).as("never confirmed").isTrue();
    }

    @Test
    void it_leaves_the_list_sixty_days_after_its_term_and_never_sooner_than_sixty_days_after_the_asking() {
        LocalDate confirmed = LocalDate.of(2026, 1, 10);
        assertThat(terms.leavesOn(confirmed, LocalDate.of(2027, 1, 10), today)).isEqualTo(LocalDate.of(2027, 3, 11));
        // Asked late (the app was down, or the offer was confirmed long before the feature existed):
        assertThat(terms.leavesOn(LocalDate.of(2024, 5, 1), LocalDate.of(2027, 3, 1), today))
                .isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(terms.leavesOn(LocalDate.of(2024, 5, 1), null, today)).isEqualTo(today.plusDays(60));
    }

    @Test
    void only_an_asked_offer_is_due() {
        LocalDate longAgo = LocalDate.of(2024, 5, 1);
        assertThat(terms.due(longAgo, null, today)).isFalse();
        assertThat(terms.due(longAgo, today.minusDays(59), today)).isFalse();
        assertThat(terms.due(longAgo, today.minusDays(60), today)).isTrue();
        assertThat(terms.due(today.minusMonths(1), today.minusDays(90), today)).as("confirmed since").isFalse();
    }

    @Test
    void a_county_cannot_set_zero() {
        assertThatThrownBy(() -> new ConfirmationTerms(0, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
