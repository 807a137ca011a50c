package de.willkommenvorort.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.base.ui.MainLayout;

/** A new verification link, for a link that expired or a mail that never came. */
@Route(value = "account/resend", layout = MainLayout.class)
@AnonymousAllowed
class ResendView extends EmailLinkView {

    ResendView(AccountService accounts) {
        super("resend", accounts::resendVerification);
    }
}
