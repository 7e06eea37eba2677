package vn.tonghop.excel;

import java.util.Map;

/**
 * Names the JDK's own XML factories. Without a name, every SAXParserFactory.newInstance() and
 * TransformerFactory.newInstance() (POI and XmlBeans call them for each workbook they open or save)
 * searches the whole class path for another provider, which inside the packaged jar is slow.
 */
public final class XmlFactories {

    private static final Map<String, String> JDK = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

    private XmlFactories() {
    }

    /** Uses the JDK's factories unless the operator named others on the command line. */
    public static void pinJdkDefaults() {
        JDK.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }
}
