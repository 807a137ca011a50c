package de.willkommenvorort.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no public page, feed or search answer shows, and whose rows are written
 * often (a newcomer's report, an audit entry, a sign-in link): committing one does not move
 * {@link CommittedChanges}, so it does not make every instance render its pages again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NeverPublic {
}
