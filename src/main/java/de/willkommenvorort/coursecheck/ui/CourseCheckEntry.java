package de.willkommenvorort.coursecheck.ui;

import de.willkommenvorort.base.ui.HomeEntry;
import org.springframework.stereotype.Component;

/** The course check's tile on the start page. */
@Component
class CourseCheckEntry implements HomeEntry {

    @Override
    public String route() {
        return CourseCheckView.ROUTE;
    }

    @Override
    public String labelKey() {
        return "coursecheck.home.link";
    }

    @Override
    public String hintKey() {
        return "coursecheck.home.hint";
    }

    @Override
    public String icon() {
        return "icons/block-education.svg";
    }
}
