package de.willkommenvorort.support;

import de.willkommenvorort.account.AccountUser;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.OfferEditing;
import de.willkommenvorort.offer.OfferForm;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.offer.TargetGroup;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.provider.ProviderService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import de.willkommenvorort.security.SystemActor;
import org.springframework.stereotype.Component;

/** Creates offers for a test through the same services the app uses. */
@Component
public class TestOffers {

    private final ReviewWorkflow review;
    private final CategoryService categories;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final OfferEditing editing;

    TestOffers(ReviewWorkflow review, CategoryService categories, MunicipalityService municipalities,
               ProviderService providers, OfferEditing editing) {
        this.review = review;
        this.editing = editing;
        this.categories = categories;
        this.municipalities = municipalities;
        this.providers = providers;
    }

    /** A unique word that no demo text contains, to find exactly this test's offer. */
    public static String uniqueWord() {
        return "Testwort" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Offer draft(String categoryCode, Map<String, String> titles) {
        return draft(categoryCode, titles, Map.of());
    }

    /** A draft whose texts (in the languages of {@code titles}) list what to bring where {@code whatToBring} has one. */
    public Offer draft(String categoryCode, Map<String, String> titles, Map<String, String> whatToBring) {
        long provider = providers.register("Testverein " + uniqueWord(), ProviderKind.CLUB);
        MunicipalityRef place = municipalities.all().getFirst();
        Offer offer = new Offer(categories.byCode(categoryCode).orElseThrow().id(), provider, "de", Cost.FREE);
        offer.placeAt(place.id(), "Teststraße 1", place.postalCode(), place.name(), new BigDecimal("50.87"),
                new BigDecimal("9.70"));
        offer.setContact("+49 6621 1234", null, null);
        titles.forEach((language, title) -> offer.putText(language,
                new OfferText(title, "Kurz: " + title, "Beschreibung: " + title, whatToBring.get(language))));
        return offer;
    }

    public long saveDraft(Offer offer) {
        return SystemActor.call(() -> review.saveDraft(offer));
    }

    public long published(String categoryCode, Map<String, String> titles) {
        return published(categoryCode, titles, Map.of());
    }

    public long published(String categoryCode, Map<String, String> titles, Map<String, String> whatToBring) {
        return SystemActor.call(() -> {
            long id = review.saveDraft(draft(categoryCode, titles, whatToBring));
            review.submit(id);
            review.publish(id);
            return id;
        });
    }

    /** Submits and publishes a saved draft, as staff would. */
    public void submitAndPublish(long id) {
        SystemActor.run(() -> {
            review.submit(id);
            review.publish(id);
        });
    }

    /** A complete German offer form, as a provider would fill it in the editor. */
    public OfferForm form(String title) {
        OfferForm form = new OfferForm();
        form.categoryId = categories.byCode("language-cafe").orElseThrow().id();
        form.originalLanguage = "de";
        OfferForm.Text text = form.text("de");
        text.title = title;
        text.summary = "Kurz: " + title;
        text.description = "Mehr dazu im Gemeindehaus";
        form.municipalityId = municipalities.all().getFirst().id();
        form.street = "Marktplatz 1";
        form.phone = "+49 6621 12345";
        form.spokenLanguages.add("de");
        form.targetGroups.add(TargetGroup.EVERYONE);
        form.cost = Cost.FREE;
        form.validUntil = LocalDate.now().plusMonths(6);
        return form;
    }

    /** An offer the provider wrote in German and submitted for review, through the provider's own service. */
    public long submittedBy(AccountUser provider, String title) {
        TestAccounts.signIn(provider);
        try {
            long id = editing.save(form(title));
            editing.submit(id);
            return id;
        } finally {
            TestAccounts.signOut();
        }
    }
}
