package de.willkommenvorort.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The uri tags Vaadin's requests get: a fixed set, whatever the address asked. */
class RouteTagsTest {

    @Test
    void route_templates_become_path_patterns_without_their_rules() {
        assertThat(RouteTags.template("")).isEqualTo("/");
        assertThat(RouteTags.template("offers")).isEqualTo("/offers");
        assertThat(RouteTags.template("offer/:___url_parameter(^[+-]?[0-8]?[0-9]{1,18}$)"))
                .isEqualTo("/offer/{parameter}");
        assertThat(RouteTags.template("info/:slug")).isEqualTo("/info/{slug}");
        assertThat(RouteTags.template("account/verify/:token?")).isEqualTo("/account/verify/{token}");
        assertThat(RouteTags.template("translate/:key/:language")).isEqualTo("/translate/{key}/{language}");
    }

    @Test
    void round_trips_are_named_by_kind_from_a_short_list() {
        assertThat(RouteTags.roundTrip(null)).isNull();
        assertThat(RouteTags.roundTrip("lang=ar")).isNull();
        assertThat(RouteTags.roundTrip("v-r=uidl&v-uiId=3")).isEqualTo("uidl");
        assertThat(RouteTags.roundTrip("v-uiId=0&v-r=heartbeat")).isEqualTo("heartbeat");
        assertThat(RouteTags.roundTrip("v-r=anything-a-client-sends")).isEqualTo("other");
    }
}
