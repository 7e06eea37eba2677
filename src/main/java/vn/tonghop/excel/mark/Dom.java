package vn.tonghop.excel.mark;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;

/** The few DOM walks the package edits need, by local name so that any namespace prefix matches. */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The first child of that name, or null. */
    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** A new element in the parent's namespace and prefix, not yet placed. */
    static Element create(Element parent, String localName) {
        String prefix = parent.getPrefix();
        return parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(),
                prefix == null ? localName : prefix + ":" + localName);
    }

    /**
     * Inserts a child before the first existing child whose name comes after it in the schema's
     * sequence ({@code later} lists those names), or at the end.
     */
    static void insert(Element parent, Element child, List<String> later) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && later.contains(e.getLocalName())) {
                parent.insertBefore(child, e);
                return;
            }
        }
        parent.appendChild(child);
    }

    /**
     * Sets an element's r:id, declaring the prefix on the element when its place in the document
     * has none (some writers declare it on each element that uses it, not on the root).
     */
    static void relationshipId(Element element, String id) {
        String prefix = element.lookupPrefix(OpcParts.OFFICE_RELATIONSHIPS);
        if (prefix == null) {
            prefix = "r";
            element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:r", OpcParts.OFFICE_RELATIONSHIPS);
        }
        element.setAttributeNS(OpcParts.OFFICE_RELATIONSHIPS, prefix + ":id", id);
    }

    /** A count attribute set to the number of children it counts. */
    static void recount(Element parent, String childName) {
        if (parent.hasAttribute("count")) {
            parent.setAttribute("count", Integer.toString(children(parent, childName).size()));
        }
    }

    /** Text for an XML element or attribute; characters XML 1.0 cannot hold are left out. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
