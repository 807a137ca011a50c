package de.willkommenvorort.translation;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * XLIFF 2.0 (OASIS), the format translation agencies and their tools exchange: one {@code <group>}
 * per offer or info page ({@code offer-12}, {@code info-3}) with the German's fingerprint in a
 * note, and one {@code <unit>} per field ({@code offer-12-title}, {@code -summary},
 * {@code -description}, {@code -what-to-bring} where the German has one; {@code info-3-title}, {@code -body}), the German as
 * {@code <source>}. Read back, a unit's {@code <target>} is its translation; an element inside
 * it (a placeholder or markup, which no German source here has) is reported, not taken.
 */
final class Xliff {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String HASH_NOTE = "source-hash";

    /** What a file brought: its languages and, per group, the fields' translations. */
    record File(String sourceLanguage, String targetLanguage, List<Entry> entries) {
    }

    /** One group: its id as written, the German's fingerprint, the translated fields, and whether any held markup. */
    record Entry(String groupId, String sourceHash, Map<String, String> targets, boolean markup) {
    }

    /** The file is not well-formed XLIFF 2. */
    static class Unreadable extends RuntimeException {
        Unreadable(String what, Throwable cause) {
            super(what, cause);
        }
    }

    private Xliff() {
    }

    static byte[] write(String targetLanguage, List<Source> sources) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", "de");
            xml.writeAttribute("trgLang", targetLanguage);
            xml.writeCharacters("\n");
            xml.writeStartElement("file");
            xml.writeAttribute("id", "texts");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            for (Source source : sources) {
                xml.writeCharacters("\n");
                xml.writeStartElement("group");
                xml.writeAttribute("id", source.ref().key());
                xml.writeStartElement("notes");
                xml.writeStartElement("note");
                xml.writeAttribute("category", HASH_NOTE);
                xml.writeCharacters(source.hash());
                xml.writeEndElement();
                xml.writeEndElement();
                for (Source.Field field : source.fields()) {
                    xml.writeStartElement("unit");
                    xml.writeAttribute("id", source.ref().key() + "-" + field.name());
                    xml.writeStartElement("segment");
                    xml.writeStartElement("source");
                    xml.writeCharacters(field.german());
                    xml.writeEndElement();
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static File read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // No document type, no entities from anywhere: a file is data, never instructions.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            xml.nextTag();
            if (!"xliff".equals(xml.getLocalName()) || !NS.equals(xml.getNamespaceURI())) {
                throw new Unreadable("not an XLIFF 2 document", null);
            }
            String source = xml.getAttributeValue(null, "srcLang");
            String target = xml.getAttributeValue(null, "trgLang");
            List<Entry> entries = new ArrayList<>();
            String groupId = null;
            String hash = null;
            Map<String, String> targets = new LinkedHashMap<>();
            boolean markup = false;
            String unit = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && NS.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "group" -> {
                            groupId = xml.getAttributeValue(null, "id");
                            hash = null;
                            targets = new LinkedHashMap<>();
                            markup = false;
                        }
                        case "note" -> {
                            if (groupId != null && unit == null && HASH_NOTE.equals(xml.getAttributeValue(null, "category"))) {
                                hash = xml.getElementText().strip();
                            }
                        }
                        case "unit" -> {
                            unit = xml.getAttributeValue(null, "id");
                            if (groupId == null) {
                                entries.add(new Entry(unit, null, Map.of(), false));
                            }
                        }
                        case "target" -> {
                            StringBuilder text = new StringBuilder();
                            int depth = 1;
                            while (depth > 0) {
                                int inner = xml.next();
                                if (inner == XMLStreamConstants.START_ELEMENT) {
                                    markup = true;
                                    depth++;
                                } else if (inner == XMLStreamConstants.END_ELEMENT) {
                                    depth--;
                                } else if (inner == XMLStreamConstants.CHARACTERS || inner == XMLStreamConstants.CDATA
                                        || inner == XMLStreamConstants.SPACE) {
                                    text.append(xml.getText());
                                }
                            }
                            if (groupId != null && unit != null) {
                                targets.merge(unit, text.toString(), String::concat);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && NS.equals(xml.getNamespaceURI())) {
                    if ("unit".equals(xml.getLocalName())) {
                        unit = null;
                    } else if ("group".equals(xml.getLocalName()) && groupId != null) {
                        entries.add(new Entry(groupId, hash, fieldsOf(groupId, targets), markup));
                        groupId = null;
                    }
                }
            }
            return new File(source, target, entries);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable(e.getMessage(), e);
        }
    }

    /** The targets by field name; a unit whose id is not {@code <group>-<field>} is kept under its id. */
    private static Map<String, String> fieldsOf(String groupId, Map<String, String> byUnit) {
        Map<String, String> fields = new LinkedHashMap<>();
        byUnit.forEach((unit, text) -> fields.put(unit.startsWith(groupId + "-")
                ? unit.substring(groupId.length() + 1) : unit, text));
        return fields;
    }
}
