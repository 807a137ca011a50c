package de.willkommenvorort.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.base.ui.MainLayout;

/** Opened from the verification mail: confirms the address once, then sends to sign-in. */
@Route(value = "account/verify/:token", layout = MainLayout.class)
@AnonymousAllowed
class VerifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    VerifyView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("page", "account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountService.LinkResult result = accounts.verify(event.getRouteParameters().get("token").orElse(""));
        if (result == AccountService.LinkResult.DONE) {
            event.forwardTo(LoginView.ROUTE, com.vaadin.flow.router.QueryParameters.of("verified", ""));
            return;
        }
        removeAll();
        add(new H1(getTranslation("verify.failed.title")),
                new Paragraph(getTranslation(result == AccountService.LinkResult.EXPIRED
                        ? "verify.failed.expired" : "verify.failed.unknown")),
                new Paragraph(MainLayout.routerLink("account/resend", new Span(getTranslation("login.unverified.resend")))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.failed.title");
    }
}
