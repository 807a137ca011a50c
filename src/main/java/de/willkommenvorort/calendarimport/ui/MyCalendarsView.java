package de.willkommenvorort.calendarimport.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.willkommenvorort.base.ui.MainLayout;
import de.willkommenvorort.base.ui.ProviderNav;
import de.willkommenvorort.calendarimport.CalendarImport;
import de.willkommenvorort.calendarimport.CalendarSources;
import de.willkommenvorort.calendarimport.CalendarSources.Source;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * {@code /my/calendars}: an organisation staff trust imports its own events calendar (by address,
 * read every night, or by uploaded file). Its events become its offers, public at once like the
 * offers it enters, and staff check them afterwards. Without the trust the page says so and only
 * lists (and lets it remove) calendars it had.
 */
@Route(value = "my/calendars", layout = MainLayout.class)
@RolesAllowed(AppRoles.PROVIDER)
class MyCalendarsView extends CalendarSourcesPage {

    MyCalendarsView(CalendarSources sources, CalendarImport calendarImport, ProviderService providers,
                    CategoryService categories, MunicipalityService municipalities,
                    AuthenticationContext authentication) {
        super(sources, false, calendarImport, providers, categories, municipalities);
        boolean trusted = sources.mayAddMine();
        add(new ProviderNav(authentication), new H1(getTranslation("calendar.mine.title")),
                new Paragraph(getTranslation(trusted ? "calendar.mine.hint" : "calendar.mine.not-trusted")));
        addSources(trusted);
    }

    @Override
    protected List<Source> shown() {
        return sources.mine();
    }

    @Override
    protected void addSource(CalendarSources.NewSource source) {
        sources.addMine(source.name(), source.url(), source.categoryId(), source.municipalityId(), source.cost());
    }

    @Override
    protected void removeSource(Source source) {
        sources.removeMine(source.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.mine.title");
    }
}
