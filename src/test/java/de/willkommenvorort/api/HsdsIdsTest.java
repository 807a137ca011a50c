package de.willkommenvorort.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class HsdsIdsTest {

    final HsdsIds county = new HsdsIds("https://willkommen.landkreis.example/");

    @Test
    void an_id_is_a_version_8_uuid_the_same_in_every_export_and_leads_back_to_its_row() {
        UUID id = county.of("service", 4711);
        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(county.of("service", 4711)).isEqualTo(id);
        assertThat(county.number("service", id.toString())).contains(4711L);
        assertThat(county.number("service", county.of("service", 0xFFFF_FFFF_FFFFL).toString()))
                .contains(0xFFFF_FFFF_FFFFL);
    }

    @Test
    void another_kind_another_county_or_any_other_text_is_not_taken_for_a_row() {
        UUID service = county.of("service", 12);
        assertThat(county.of("organization", 12)).isNotEqualTo(service);
        assertThat(county.number("organization", service.toString())).isEmpty();
        assertThat(new HsdsIds("https://nachbarkreis.example/").number("service", service.toString()))
                .isEmpty();
        assertThat(county.number("service", UUID.randomUUID().toString())).isEmpty();
        assertThat(county.number("service", "12")).isEmpty();
    }
}
