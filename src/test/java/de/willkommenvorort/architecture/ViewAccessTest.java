package de.willkommenvorort.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every view and layout states who may see it, exactly once. */
class ViewAccessTest {

    private static final List<Class<?>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class,
            DenyAll.class);

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.willkommenvorort");

    @Test
    void every_route_and_layout_carries_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(Route.class)
                .or(DescribedPredicate.describe("are router layouts", (JavaClass c) -> c.isAssignableTo(RouterLayout.class)
                        && !c.isInterface()))
                .should(haveExactlyOneAccessAnnotation())
                .check(APP);
    }

    private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotation() {
        return new ArchCondition<>("carry exactly one access annotation") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                long count = ACCESS.stream().filter(a -> item.isAnnotatedWith(a.getName())).count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(item,
                            item.getName() + " has " + count + " access annotations"));
                }
            }
        };
    }
}
