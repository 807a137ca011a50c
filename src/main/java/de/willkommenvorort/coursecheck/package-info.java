/**
 * "Welche Kurse kann ich besuchen?" (issue 15): the course check. Its rules are data, a versioned
 * JSON document written from the BAMF's public rules ({@link de.willkommenvorort.coursecheck.CourseRules}),
 * with test cases that every version must pass before an administrator can publish it
 * ({@link de.willkommenvorort.coursecheck.CourseCheckRules}). The newcomer's answers never reach the
 * server: the page carries the rules and a script evaluates them on the phone (docs/decisions/047).
 * The same tiny rule language is evaluated here, in Java, to check a version's cases.
 */
package de.willkommenvorort.coursecheck;
