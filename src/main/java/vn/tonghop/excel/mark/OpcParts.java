package vn.tonghop.excel.mark;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The parts of a small .xlsx package, held in memory so that a few of them can be changed and the
 * rest written back byte for byte. Changed parts are edited as DOM documents; a part that is only
 * copied is never parsed.
 */
final class OpcParts {

    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A builder per thread, reset between parts: making one for each part was a sixth of a copy's time. */
    private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(OpcParts::builder);
    /** Decompressed bytes beyond which the package is left to POI, whose zip-bomb guards then decide. */
    private static final int MAX_PACKAGE_BYTES = 64 << 20;

    private final Map<String, byte[]> bytes = new LinkedHashMap<>();
    private final Map<String, Document> edited = new LinkedHashMap<>();

    private OpcParts() {
    }

    static OpcParts read(Path file) throws IOException {
        OpcParts parts = new OpcParts();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            long total = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    byte[] data = zip.readNBytes((int) (MAX_PACKAGE_BYTES - total) + 1);
                    total += data.length;
                    if (total > MAX_PACKAGE_BYTES) {
                        throw new IOException(file + ": more than " + MAX_PACKAGE_BYTES + " bytes unzipped");
                    }
                    parts.bytes.put(e.getName(), data);
                }
            }
        }
        if (parts.bytes.isEmpty()) {
            throw new IOException(file + ": not a zip package");
        }
        return parts;
    }

    boolean has(String name) {
        return bytes.containsKey(name) || edited.containsKey(name);
    }

    List<String> names() {
        return List.copyOf(bytes.keySet());
    }

    /** A part's bytes as they were read or put, before any edit. */
    byte[] raw(String name) {
        return bytes.get(name);
    }

    /** The part as a document to edit; later calls return the same document, and {@link #write} saves it. */
    Document edit(String name) throws IOException {
        Document doc = edited.get(name);
        if (doc != null) {
            return doc;
        }
        byte[] data = bytes.get(name);
        if (data == null) {
            throw new IOException("no part " + name);
        }
        try {
            DocumentBuilder builder = DOM.get();
            builder.reset();
            doc = builder.parse(new ByteArrayInputStream(data));
        } catch (SAXException e) {
            throw new IOException("part " + name + " is not well-formed XML: " + e.getMessage(), e);
        }
        edited.put(name, doc);
        return doc;
    }

    /** A new part from XML text, or a part replaced by it. */
    void put(String name, String xml) {
        put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A part replaced by these bytes, or a new one. */
    void put(String name, byte[] data) {
        edited.remove(name);
        bytes.put(name, data);
    }

    /** Whether a part is being edited as a document: its bytes are then not what {@link #write} will save. */
    boolean editing(String name) {
        return edited.containsKey(name);
    }

    /** A part name not yet taken, such as xl/comments3.xml for "xl/comments", ".xml". */
    String free(String stem, String extension) {
        for (int n = 1; ; n++) {
            String name = stem + n + extension;
            // Part names are compared without case.
            if (bytes.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(name))) {
                return name;
            }
        }
    }

    /** The relationships of a part (created empty when it has none), as id to element. */
    Relationships relationships(String part) throws IOException {
        int slash = part.lastIndexOf('/');
        String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        if (!has(rels)) {
            put(rels, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                    + RELATIONSHIPS + "\"/>");
        }
        return new Relationships(part.substring(0, slash + 1), edit(rels));
    }

    /** Declares a new part's content type in [Content_Types].xml. */
    void declare(String part, String contentType) throws IOException {
        Element types = edit("[Content_Types].xml").getDocumentElement();
        Element override = types.getOwnerDocument().createElementNS(types.getNamespaceURI(), "Override");
        override.setAttribute("PartName", "/" + part);
        override.setAttribute("ContentType", contentType);
        types.appendChild(override);
    }

    /** Declares the content type of every part with this extension, unless it already is. */
    void declareExtension(String extension, String contentType) throws IOException {
        Element types = edit("[Content_Types].xml").getDocumentElement();
        for (Element d : Dom.children(types, "Default")) {
            if (d.getAttribute("Extension").equalsIgnoreCase(extension)) {
                return;
            }
        }
        Element d = types.getOwnerDocument().createElementNS(types.getNamespaceURI(), "Default");
        d.setAttribute("Extension", extension);
        d.setAttribute("ContentType", contentType);
        types.insertBefore(d, types.getFirstChild());
    }

    /** Writes every part, [Content_Types].xml first as packages are read by some programs. */
    void write(Path target) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("[Content_Types].xml", null);
        out.putAll(bytes);
        Map<String, byte[]> saved = new HashMap<>();
        for (Map.Entry<String, Document> e : edited.entrySet()) {
            saved.put(e.getKey(), serialize(e.getValue()));
        }
        // Buffered: unbuffered, each entry's headers and deflated blocks were a system call of their own,
        // most of a copy's time. The fastest deflate: a clerk's copy is a few kilobytes either way.
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (String name : out.keySet()) {
                byte[] data = saved.containsKey(name) ? saved.get(name) : bytes.get(name);
                if (data == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(data);
                zip.closeEntry();
            }
        }
    }

    /**
     * The document as it was read, with the edits: names, prefixes and namespace declarations are
     * written as the nodes hold them, which a parsed document always has right and new nodes get
     * from {@link Dom#create}. Faster than an identity transform, which was most of a copy's time.
     */
    private static byte[] serialize(Document doc) {
        StringBuilder xml = new StringBuilder(8192).append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, xml);
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Node node, StringBuilder xml) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                xml.append('<').append(node.getNodeName());
                NamedNodeMap attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node a = attributes.item(i);
                    xml.append(' ').append(a.getNodeName()).append("=\"").append(Dom.escape(a.getNodeValue())).append('"');
                }
                if (node.getFirstChild() == null) {
                    xml.append("/>");
                    return;
                }
                xml.append('>');
                for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                    write(c, xml);
                }
                xml.append("</").append(node.getNodeName()).append('>');
            }
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> xml.append(Dom.escape(node.getNodeValue()));
            case Node.COMMENT_NODE -> xml.append("<!--").append(node.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> xml.append("<?").append(node.getNodeName()).append(' ')
                    .append(node.getNodeValue()).append("?>");
            default -> {
                // Entity references and document types cannot occur: the parser refuses a DTD.
            }
        }
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            // A package part never needs a DTD; refusing one keeps entity tricks out.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Every edited part is written back whole, so each node gets built anyway; building them as
            // they are parsed is cheaper than Xerces's deferred expansion.
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            // Fails on broken XML, as the default does, without also printing to the console.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The relationships of one part: targets are resolved against the part's folder. */
    static final class Relationships {
        private final String base;
        private final Element root;

        private Relationships(String base, Document doc) {
            this.base = base;
            this.root = doc.getDocumentElement();
        }

        /** The part a relationship points at, or null for an unknown id or an external target. */
        String target(String id) {
            for (Element r : Dom.children(root, "Relationship")) {
                if (r.getAttribute("Id").equals(id) && !"External".equals(r.getAttribute("TargetMode"))) {
                    return resolve(r.getAttribute("Target"));
                }
            }
            return null;
        }

        /** The first target of this type, or null. */
        String targetOfType(String type) {
            for (Element r : Dom.children(root, "Relationship")) {
                if (r.getAttribute("Type").equals(type)) {
                    return resolve(r.getAttribute("Target"));
                }
            }
            return null;
        }

        /** Adds a relationship to a part (named from the package root) and returns its new id. */
        String add(String type, String part) {
            int n = 1;
            while (hasId("rId" + n)) {
                n++;
            }
            Element r = root.getOwnerDocument().createElementNS(RELATIONSHIPS, "Relationship");
            r.setAttribute("Id", "rId" + n);
            r.setAttribute("Type", type);
            r.setAttribute("Target", "/" + part);
            root.appendChild(r);
            return "rId" + n;
        }

        private boolean hasId(String id) {
            return Dom.children(root, "Relationship").stream().anyMatch(r -> r.getAttribute("Id").equals(id));
        }

        private String resolve(String target) {
            String path = target.startsWith("/") ? target.substring(1) : base + target;
            // Normalises "a/../b" the way a package path does; a package has no part outside its root.
            Deque<String> names = new ArrayDeque<>();
            for (String name : path.split("/")) {
                if (name.equals("..")) {
                    names.pollLast();
                } else if (!name.isEmpty() && !name.equals(".")) {
                    names.addLast(name);
                }
            }
            return String.join("/", names);
        }
    }
}
