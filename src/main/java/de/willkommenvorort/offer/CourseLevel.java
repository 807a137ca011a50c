package de.willkommenvorort.offer;

/** CEFR level of a language course. */
public enum CourseLevel {
    A1, A2, B1, B2, C1
}
