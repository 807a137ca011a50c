/**
 * The shared frame, the language picker and the error pages. Feature views place themselves in
 * {@link de.willkommenvorort.base.ui.MainLayout}, so this package is a named interface of base.
 */
@NamedInterface("ui")
package de.willkommenvorort.base.ui;

import org.springframework.modulith.NamedInterface;
