package de.willkommenvorort.offer;

/** Whom an offer is for. */
public enum TargetGroup {
    EVERYONE, WOMEN, FAMILIES, CHILDREN, YOUTH
}
