package de.willkommenvorort.architecture;

import de.willkommenvorort.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their root packages, and never in a cycle. */
class ModularityTest {

    @Test
    void features_keep_to_their_boundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
