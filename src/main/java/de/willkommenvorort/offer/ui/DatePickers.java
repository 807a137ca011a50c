package de.willkommenvorort.offer.ui;

import com.ibm.icu.text.DateFormatSymbols;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.willkommenvorort.i18n.Language;
import java.util.Arrays;
import java.util.List;

/** Month and weekday names for Vaadin's date picker from ICU, in the UI language. */
final class DatePickers {

    private DatePickers() {
    }

    static DatePicker.DatePickerI18n i18n(Language language, Component translator) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(language.formatting());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)));
        // ICU's weekday arrays start with an empty entry; Vaadin's start with Sunday.
        List<String> weekdays = Arrays.asList(symbols.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE));
        List<String> shortWeekdays = Arrays.asList(symbols.getWeekdays(DateFormatSymbols.STANDALONE,
                DateFormatSymbols.SHORT));
        i18n.setWeekdays(weekdays.subList(1, 8));
        i18n.setWeekdaysShort(shortWeekdays.subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(translator.getTranslation("editor.date.today"));
        i18n.setCancel(translator.getTranslation("editor.date.cancel"));
        return i18n;
    }
}
