package de.willkommenvorort.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison a moderator reads before approving a revision, and its lines in the audit trail. */
class RevisionDiffTest {

    @Test
    void an_unchanged_revision_shows_every_field_and_no_change() {
        Offer published = published();
        RevisionDiff diff = RevisionDiff.between(published, Offer.revisionOf(published));
        assertThat(diff.anyChange()).isFalse();
        assertThat(diff.fields()).extracting(RevisionDiff.FieldChange::field)
                .containsExactly(RevisionDiff.Field.values());
        assertThat(diff.texts()).extracting(RevisionDiff.TextChange::kind).containsOnly(RevisionDiff.TextKind.SAME);
        assertThat(diff.beforeLines()).isEmpty();
    }

    @Test
    void changed_fields_are_marked_with_their_values_before_and_after() {
        Offer published = published();
        Offer revision = Offer.revisionOf(published);
        revision.setCategory(7, "de", Cost.LOW_COST);
        revision.placeOnline();
        revision.setConditions(true, false, false, false);
        revision.setValidUntil(LocalDate.of(2027, 6, 30));
        revision.replaceDetails(Set.of("de", "ar"), Set.of(TargetGroup.WOMEN),
                Set.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(13, 0))));

        RevisionDiff diff = RevisionDiff.between(published, revision);
        assertThat(diff.fields()).filteredOn(RevisionDiff.FieldChange::changed)
                .extracting(RevisionDiff.FieldChange::field)
                .containsExactly(RevisionDiff.Field.CATEGORY, RevisionDiff.Field.ONLINE, RevisionDiff.Field.MUNICIPALITY,
                        RevisionDiff.Field.STREET, RevisionDiff.Field.POSTAL_CODE, RevisionDiff.Field.PLACE_NAME,
                        RevisionDiff.Field.WEEKLY_SLOTS, RevisionDiff.Field.SPOKEN_LANGUAGES,
                        RevisionDiff.Field.TARGET_GROUPS, RevisionDiff.Field.COST, RevisionDiff.Field.REGISTRATION,
                        RevisionDiff.Field.VALID_UNTIL);
        assertThat(diff.fields()).filteredOn(f -> f.field() == RevisionDiff.Field.COST).singleElement()
                .satisfies(f -> {
                    assertThat(f.before()).isEqualTo(Cost.FREE);
                    assertThat(f.after()).isEqualTo(Cost.LOW_COST);
                });
        assertThat(diff.beforeLines()).contains("cost: FREE", "spoken-languages: de", "weekly-slots: MONDAY 10:00-12:00");
        assertThat(diff.afterLines()).contains("cost: LOW_COST", "spoken-languages: ar, de", "municipality: –",
                "weekly-slots: MONDAY 10:00-13:00");
    }

    @Test
    void texts_are_compared_per_language_added_removed_and_changed() {
        Offer published = published();
        published.putText("tr", new OfferText("Dil kafesi", "Her salı", ""));
        Offer revision = Offer.revisionOf(published);
        revision.putText("de", new OfferText("Sprachcafé am Markt", "Jeden Dienstag", "Mit Kaffee"));
        revision.removeText("tr");
        revision.putText("uk", new OfferText("Мовне кафе", "Щовівторка", ""));

        RevisionDiff diff = RevisionDiff.between(published, revision);
        assertThat(diff.texts()).extracting(RevisionDiff.TextChange::language, RevisionDiff.TextChange::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("de", RevisionDiff.TextKind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("tr", RevisionDiff.TextKind.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("uk", RevisionDiff.TextKind.ADDED));
        RevisionDiff.TextChange german = diff.texts().getFirst();
        assertThat(german.titleChanged()).isTrue();
        assertThat(german.summaryChanged()).isFalse();
        assertThat(german.descriptionChanged()).isTrue();
        assertThat(diff.beforeLines()).contains("title de: Sprachcafé", "text uk: –").doesNotContain("summary de");
        assertThat(diff.afterLines()).contains("title de: Sprachcafé am Markt", "description de: Mit Kaffee",
                "text tr: –", "title uk: Мовне кафе");
        assertThat(diff.anyChange()).isTrue();
    }

    private static Offer published() {
        Offer offer = new Offer(3, 11, "de", Cost.FREE);
        offer.placeAt(5, "Markt 1", "36251", "Auenthal", new BigDecimal("50.87"), new BigDecimal("9.70"));
        offer.setContact("+49 6621 1", null, "https://example.org");
        offer.setValidUntil(LocalDate.of(2027, 1, 31));
        offer.replaceDetails(Set.of("de"), Set.of(TargetGroup.EVERYONE),
                Set.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))));
        offer.putText("de", new OfferText("Sprachcafé", "Jeden Dienstag", "Deutsch üben"));
        return offer;
    }
}
