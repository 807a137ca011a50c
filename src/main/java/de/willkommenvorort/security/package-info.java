/**
 * Who may do what. Newcomer views are anonymous; every other request is denied unless a rule says
 * otherwise. Role names live in {@link de.willkommenvorort.security.AppRoles} only.
 */
package de.willkommenvorort.security;
