/**
 * PDFs made on the server: A4 pages of text in every served script, shaped by the JDK with the
 * fonts shipped in {@code src/main/resources/fonts}, and QR codes (decision 049). A named interface
 * of base, for the features that hand out a document (the office card).
 */
@NamedInterface("pdf")
package de.willkommenvorort.base.pdf;

import org.springframework.modulith.NamedInterface;
