package vn.tonghop.excel.read;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The few pull-parser calls a worksheet or shared-strings part is read with ({@link StreamingXlsxReader}),
 * over the JDK's StAX parser.
 */
interface XmlPull {

    int END_OF_PART = -1;
    int OTHER = 0;
    int START = 1;
    int END = 2;

    /** The next event: {@link #START} or {@link #END} of an element, {@link #OTHER} for anything else, or {@link #END_OF_PART}. */
    int next() throws XMLStreamException;

    /** The current element's name without its prefix. */
    String localName();

    /** An attribute of the current start tag without a prefix, as StAX's getAttributeValue(null, name) gives it; null when absent. */
    String attribute(String name) throws XMLStreamException;

    /**
     * An attribute of the current start tag by its name after any prefix ("r:id" for "id"), as a workbook names
     * its sheets' relationships; namespace declarations are not attributes. Null when absent.
     */
    String anyPrefixAttribute(String localName) throws XMLStreamException;

    /** The text of the current element, read to its end tag; an error when it holds an element. */
    String elementText() throws XMLStreamException;

    void close() throws XMLStreamException;

    static XmlPull of(XMLStreamReader x) {
        return new XmlPull() {
            @Override
            public int next() throws XMLStreamException {
                if (!x.hasNext()) {
                    return END_OF_PART;
                }
                return switch (x.next()) {
                    case XMLStreamConstants.START_ELEMENT -> START;
                    case XMLStreamConstants.END_ELEMENT -> END;
                    default -> OTHER;
                };
            }

            @Override
            public String localName() {
                return x.getLocalName();
            }

            @Override
            public String attribute(String name) {
                return x.getAttributeValue(null, name);
            }

            @Override
            public String anyPrefixAttribute(String localName) {
                for (int i = 0; i < x.getAttributeCount(); i++) {
                    if (x.getAttributeLocalName(i).equals(localName)) {
                        return x.getAttributeValue(i);
                    }
                }
                return null;
            }

            @Override
            public String elementText() throws XMLStreamException {
                return x.getElementText();
            }

            @Override
            public void close() throws XMLStreamException {
                x.close();
            }
        };
    }
}
