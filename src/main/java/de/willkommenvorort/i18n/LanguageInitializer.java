package de.willkommenvorort.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Applies the device's language before anything is rendered: on the first HTML (so that
 * {@code lang} and {@code dir} are right at first paint) and on every new UI.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language language = LanguagePreference.effective(response.getVaadinRequest());
            response.getDocument().selectFirst("html")
                    .attr("lang", language.code())
                    .attr("dir", language.rightToLeft() ? "rtl" : "ltr");
        });
        event.getSource().addUIInitListener(init ->
                LanguagePreference.apply(init.getUI(), LanguagePreference.effective(VaadinRequest.getCurrent())));
    }
}
