package de.willkommenvorort.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.Application;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.TestAccounts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Every service method that names a staff role (and not providers) refuses a volunteer, and every
 * administrator-only method refuses a moderator: each is called through its Spring proxy, and must
 * be stopped before its body runs. New staff services are found by their {@code @Secured} rule, not listed by hand.
 */
@AppTest
class StaffRoleChecksIT {

    private static final String MODERATOR = "ROLE_" + AppRoles.MODERATOR;
    private static final String ADMIN = "ROLE_" + AppRoles.ADMIN;
    private static final String PROVIDER = "ROLE_" + AppRoles.PROVIDER;
    private static final String BASE_PACKAGE = Application.class.getPackageName();

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_volunteer_is_refused_by_every_staff_method() {
        // Methods a provider may call too (a trusted provider's own calendar: CalendarImport,
        // CalendarSources.byId, ImportedOffers) check its ownership and trust in their body;
        // CalendarImportIT shows an untrusted provider and another provider's calendar refused.
        List<SecuredMethod> staffMethods = securedMethods().stream()
                .filter(m -> m.roles().contains(MODERATOR) || m.roles().contains(ADMIN))
                .filter(m -> !m.roles().contains(PROVIDER))
                .toList();
        assertThat(staffMethods).as("staff service methods found").hasSizeGreaterThan(5);

        TestAccounts.signIn(accounts.provider("de"));
        assertThat(callEach(staffMethods)).as("staff methods a volunteer could call").isEmpty();
    }

    @Test
    void a_moderator_is_refused_by_every_administrator_method() {
        List<SecuredMethod> adminOnly = securedMethods().stream()
                .filter(m -> m.roles().contains(ADMIN) && !m.roles().contains(MODERATOR))
                .toList();
        assertThat(adminOnly).as("administrator-only methods found").isNotEmpty();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "moderator-test", null, AuthorityUtils.createAuthorityList(MODERATOR)));
        assertThat(callEach(adminOnly)).as("administrator methods a moderator could call").isEmpty();
    }

    /** Calls each method with empty arguments; returns those that were not refused. */
    private List<String> callEach(List<SecuredMethod> methods) {
        List<String> notRefused = new ArrayList<>();
        for (SecuredMethod secured : methods) {
            Method method = secured.method();
            Object[] args = Arrays.stream(method.getParameterTypes()).map(StaffRoleChecksIT::emptyValue).toArray();
            try {
                method.invoke(secured.bean(), args);
                notRefused.add(secured + " ran");
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof AuthorizationDeniedException)) {
                    notRefused.add(secured + " threw " + e.getCause());
                }
            } catch (IllegalAccessException e) {
                notRefused.add(secured + " not callable: " + e);
            }
        }
        return notRefused;
    }

    private List<SecuredMethod> securedMethods() {
        List<SecuredMethod> found = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> target = ClassUtils.getUserClass(type);
            if (!target.getPackageName().startsWith(BASE_PACKAGE)) {
                continue;
            }
            Object bean = null;
            for (Method method : target.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                Secured rule = AnnotatedElementUtils.findMergedAnnotation(method, Secured.class);
                if (rule == null) {
                    rule = AnnotatedElementUtils.findMergedAnnotation(target, Secured.class);
                }
                if (rule == null) {
                    continue;
                }
                if (bean == null) {
                    bean = context.getBean(name);
                }
                found.add(new SecuredMethod(bean, method, new TreeSet<>(Arrays.asList(rule.value()))));
            }
        }
        return found;
    }

    private static Object emptyValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    private record SecuredMethod(Object bean, Method method, Set<String> roles) {
        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName() + roles;
        }
    }
}
