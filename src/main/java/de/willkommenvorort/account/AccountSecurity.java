package de.willkommenvorort.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.willkommenvorort.account.ui.LoginView;
import de.willkommenvorort.security.SecurityContribution;
import de.willkommenvorort.security.Throttle;
import de.willkommenvorort.security.Throttles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Sign-in for volunteers, organisations and staff: Argon2id hashes, at most five failed sign-ins
 * (wrong passwords and wrong codes) per account and per address in fifteen minutes, a session id
 * renewed at sign-in, sessions that end when the account's session epoch moves on, and for staff
 * a second factor and an absolute session limit.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurity implements SecurityContribution {

    static final int FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    private final AccountService accounts;
    private final SecondFactor secondFactor;
    private final Throttle failures;
    private final Clock clock;
    private final Duration staffSessionLimit;

    AccountSecurity(@Lazy AccountService accounts, @Lazy SecondFactor secondFactor, Optional<Clock> clock,
                    @Value("${wvo.staff.absolute-timeout:10h}") Duration staffSessionLimit,
                    Throttles throttles) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.clock = clock.orElseGet(Clock::systemUTC);
        this.failures = throttles.of("sign-in-failure", FAILURES, FAILURE_WINDOW);
        this.staffSessionLimit = staffSessionLimit;
    }

    /** OWASP's Argon2id minimum: 19 MiB, two iterations, one lane. Spring's defaults use less. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    /** Forgets every failed sign-in; tests that fail on purpose call it, the app never does. */
    void forgetFailures() {
        failures.clearAll();
    }

    @Override
    public void http(HttpSecurity http) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(new NormalizingEncoder(passwordEncoder()));
        http.authenticationProvider(new Throttled(passwordCheck, failures));
        // The login page is named here too: this configurer is set up before Vaadin's, and without a
        // page of its own Spring Security would serve its generated one.
        http.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(failureHandler()));
        http.addFilterAfter(new SessionLimits(accounts, staffSessionLimit, clock), SecurityContextHolderFilter.class);
        http.addFilterAfter(new StaffSignInFilter(secondFactor, failures, clock), SecurityContextHolderFilter.class);
    }

    @Override
    public void vaadin(VaadinSecurityConfigurer vaadin) {
        vaadin.loginView(LoginView.class, "/");
        vaadin.defaultSuccessUrl(LoginView.AFTER_LOGIN);
    }

    /**
     * Tells the sign-in page why: too many attempts (and until when), unverified, or wrong. Staff
     * whose password was right go on to the code page, under a new session id, still signed out.
     */
    private AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            if (exception instanceof SecondFactorRequired required) {
                request.getSession(true);
                request.changeSessionId();
                AccountUser user = required.user();
                PendingSignIn pending = new PendingSignIn(user.accountId(), user.getUsername(), user.secondFactor(),
                        clock.instant());
                request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
                response.sendRedirect(request.getContextPath() + "/" + pending.route());
                return;
            }
            String query = switch (exception) {
                case LockedOut locked -> "locked=" + locked.until.getEpochSecond();
                case DisabledException disabled -> "unverified";
                default -> "error";
            };
            response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + query);
        };
    }

    static final class LockedOut extends LockedException {
        private final transient Instant until;

        LockedOut(Instant until) {
            super("Too many failed sign-ins");
            this.until = until;
        }
    }

    /** Counts failed sign-ins per account and per client address, and refuses while blocked. */
    private record Throttled(AuthenticationProvider delegate, Throttle failures) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            String account = "account:" + AccountService.normalizeEmail(authentication.getName());
            String address = "ip:" + (authentication.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : "unknown");
            Optional<Instant> blocked = failures.blockedUntil(account).or(() -> failures.blockedUntil(address));
            if (blocked.isPresent()) {
                throw new LockedOut(blocked.get());
            }
            try {
                Authentication result = delegate.authenticate(authentication);
                if (result.getPrincipal() instanceof AccountUser user && user.staff()) {
                    // Failures are forgotten only after the second factor, or codes could be guessed for ever.
                    throw new SecondFactorRequired(user);
                }
                failures.clear(account);
                return result;
            } catch (BadCredentialsException e) {
                failures.record(account);
                failures.record(address);
                throw e;
            }
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }

    /** Hashes and checks the password in the NFKC form, so that the same typed text always matches. */
    private record NormalizingEncoder(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(PasswordPolicy.normalize(raw.toString()));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return delegate.matches(PasswordPolicy.normalize(raw.toString()), encoded);
        }
    }
}
