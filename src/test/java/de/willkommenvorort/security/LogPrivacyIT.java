package de.willkommenvorort.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.account.Registration;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.TranslationProvider;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.ContactRelay;
import de.willkommenvorort.offer.OfferEditing;
import de.willkommenvorort.offer.OfferForm;
import de.willkommenvorort.offer.RejectionReason;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.report.NewcomerReports;
import de.willkommenvorort.report.ReportKind;
import de.willkommenvorort.support.AppTest;
import de.willkommenvorort.support.HttpDevice;
import de.willkommenvorort.support.TestAccounts;
import de.willkommenvorort.support.TestMail.Inbox;
import de.willkommenvorort.support.TestOffers;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The log carries nobody's personal data. A whole journey runs with the app's log captured: a
 * newcomer searches, opens an offer, writes to its provider through the relay and reports it; a
 * provider registers, verifies, fails once and then signs in, and submits two offers; staff sign
 * in, approve one and reject the other. Afterwards no e-mail address, phone number, name, search
 * word, message or report text may be in the log; people appear only by account id.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    OfferEditing editing;
    @Autowired
    TestOffers offers;
    @Autowired
    ReviewWorkflow review;
    @Autowired
    ContactRelay relay;
    @Autowired
    NewcomerReports reports;
    @Autowired
    TranslationProvider translations;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_whole_journey_leaves_no_personal_data_in_the_log(CapturedOutput log) throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String email = "leila.privat." + tag + "@example.org";
        String name = "Leila Privatname" + tag;
        String club = "Verein Geheimnis" + tag;
        String phone = "+49 6621 " + (700000 + Math.abs(tag.hashCode() % 99999));
        String offerMail = "kontakt." + tag + "@example.net";
        String searchWord = "Suchwortprivat" + tag;
        String newcomerMail = "amina." + tag + "@example.com";
        String newcomerName = "Amina Vertraulich" + tag;
        String message = "Meine Nachricht an den Verein " + tag;
        String report = "Mein Hinweis zum Angebot " + tag;
        String address = "203.0.113." + (1 + Math.abs(tag.hashCode() % 250));

        // The newcomer: a search (also one that finds nothing, told to the county), an offer, a message, a report.
        HttpDevice phoneBrowser = new HttpDevice(port);
        assertThat(phoneBrowser.get("/offers?q=" + searchWord, "Accept-Language", "ar").statusCode()).isEqualTo(200);
        phoneBrowser.postForm("/offers/found-nothing", "q=" + searchWord, "Origin", phoneBrowser.base());
        long offer = offers.published("language-cafe", java.util.Map.of("de", "Sprachtreff " + TestOffers.uniqueWord()));
        assertThat(phoneBrowser.get("/offer/" + offer, "Accept-Language", "ar").statusCode()).isEqualTo(200);
        long writable = relayedOffer(offerMail);
        relay.send(writable, newcomerName, newcomerMail, message, Language.get("ar"), "198.51.100.23");
        inbox.await(offerMail, 1);
        reports.submit(offer, ReportKind.WRONG_OR_OUTDATED, report, Language.get("ar"), "198.51.100.23");

        // The provider: registration, the link in the mail, a wrong password, sign-in, an offer for review.
        accounts.register(new Registration(ProviderKind.CLUB, club, name, municipalities.all().getFirst().id(), email,
                TestAccounts.PASSWORD, "de", true), address);
        accounts.resendVerification(email, address);
        String link = Inbox.linkPath(inbox.await(email, 2), "/account/verify/");
        accounts.verify(link.substring("/account/verify/".length()));
        HttpDevice laptop = new HttpDevice(port);
        assertThat(laptop.signIn(email, "nicht das Kennwort")).contains("error");
        assertThat(laptop.signIn(email, TestAccounts.PASSWORD)).doesNotContain("error");
        laptop.view("my");
        accounts.requestReset(email, address);
        AccountUser provider = accounts.loadUserByUsername(email);
        TestAccounts.signIn(provider);
        OfferForm form = offers.form("Hausaufgaben " + tag);
        form.phone = phone;
        form.email = offerMail;
        long submitted = editing.save(form);
        editing.submit(submitted);
        long incomplete = editing.save(offers.form("Lückenhaft " + tag));
        editing.submit(incomplete);
        TestAccounts.signOut();

        // Staff: sign-in with the second factor, the offer opened for review, approved.
        AccountUser moderator = testAccounts.moderator();
        HttpDevice office = new HttpDevice(port);
        office.signIn(moderator.getUsername(), TestAccounts.PASSWORD);
        office.code(TestAccounts.totpCode(testAccounts.secret(moderator)));
        assertThat(office.view("staff/review/" + submitted)).contains(tag);
        TestAccounts.signIn(moderator);
        long version = jdbc.sql("SELECT version FROM offer WHERE id = ?").param(submitted).query(Long.class).single();
        review.approve(submitted, version);
        review.reject(incomplete, jdbc.sql("SELECT version FROM offer WHERE id = ?").param(incomplete).query(Long.class)
                .single(), RejectionReason.INCOMPLETE, "Bitte Zeiten ergänzen");
        TestAccounts.signOut();
        // Verification twice, the reset link, the rejection: all mail has gone out.
        inbox.await(email, 4);

        // The log was captured all along: a line the app writes on purpose is in it.
        translations.translate("log-privacy." + tag, Language.SOURCE);
        assertThat(log.getAll()).contains("log-privacy." + tag);

        // GreenMail, the test's stand-in for the county's mail server, logs whom it receives mail for;
        // a real mail server runs elsewhere and keeps its own log.
        String written = log.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(Collectors.joining("\n"));
        for (String personal : List.of(email, "leila.privat." + tag, name, club, phone, phone.replace(" ", ""),
                offerMail, searchWord, newcomerMail, newcomerName, message, report, moderator.getUsername())) {
            assertThat(written).as("the log names %s", personal).doesNotContain(personal);
        }
        assertThat(written).as("no e-mail address of the journey").doesNotContainPattern("[\\w.+-]+\\." + tag + "@");
    }

    /** A published offer whose provider is written to through the app only. */
    private long relayedOffer(String providerMail) {
        AccountUser provider = testAccounts.provider("de");
        TestAccounts.signIn(provider);
        OfferForm form = offers.form("Beratung " + TestOffers.uniqueWord());
        form.email = providerMail;
        form.emailPublic = false;
        long id = editing.save(form);
        editing.submit(id);
        TestAccounts.signOut();
        SystemActor.run(() -> review.publish(id));
        return id;
    }
}
