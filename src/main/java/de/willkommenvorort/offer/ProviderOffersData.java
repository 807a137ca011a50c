package de.willkommenvorort.offer;

import de.willkommenvorort.account.AccountDeleted;
import de.willkommenvorort.account.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's offers in their data export, and archived when their account is deleted: not
 * deleted, because newcomers' reports and the audit trail refer to them.
 */
@Component
class ProviderOffersData implements PersonalDataSource {

    private final OfferRepository offers;
    private final ReviewStates states;

    ProviderOffersData(OfferRepository offers, ReviewStates states) {
        this.offers = offers;
        this.states = states;
    }

    @Override
    public String section() {
        return "offers";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long providerId) {
        return offers.findByProviderId(providerId).stream().map(ProviderOffersData::export).toList();
    }

    /** Runs inside the deleting transaction: the deletion is all or nothing. */
    @EventListener
    @Transactional
    public void archive(AccountDeleted deleted) {
        if (deleted.providerId() == null) {
            return;
        }
        List<Offer> owned = offers.findByProviderId(deleted.providerId());
        for (Offer offer : owned) {
            if (offer.getRevisionOf() != null) {
                offers.delete(offer);
            } else if (offer.getReviewState() != ReviewState.ARCHIVED) {
                states.move(offer, ReviewState.ARCHIVED, null, null);
            }
        }
    }

    private static Map<String, Object> export(Offer offer) {
        Map<String, Object> data = new LinkedHashMap<>();
        OfferForm form = OfferEditing.toForm(offer);
        data.put("id", offer.getId());
        data.put("revisionOf", offer.getRevisionOf());
        data.put("state", offer.getReviewState().name());
        data.put("originalLanguage", form.originalLanguage);
        Map<String, Object> texts = new LinkedHashMap<>();
        form.texts.forEach((language, text) -> texts.put(language, Map.of("title", text.title, "summary", text.summary,
                "description", text.description, "whatToBring", text.whatToBring, "status", text.status.name())));
        data.put("texts", texts);
        data.put("online", form.online);
        data.put("street", form.street);
        data.put("postalCode", form.postalCode);
        data.put("placeName", form.placeName);
        data.put("phone", form.phone);
        data.put("phonePublic", form.phonePublic);
        data.put("email", form.email);
        data.put("emailPublic", form.emailPublic);
        data.put("website", form.website);
        data.put("spokenLanguages", List.copyOf(form.spokenLanguages));
        data.put("targetGroups", form.targetGroups.stream().map(Enum::name).toList());
        data.put("cost", form.cost.name());
        data.put("weeklySlots", form.weeklySlots.stream().map(s -> s.day() + " " + s.start() + "-" + s.end()).toList());
        data.put("validUntil", form.validUntil == null ? null : form.validUntil.toString());
        data.put("rejection", form.rejectionCode == null ? null : form.rejectionCode.name());
        data.put("rejectionNote", form.rejectionNote);
        data.put("updatedAt", offer.getUpdatedAt().toString());
        return data;
    }
}
