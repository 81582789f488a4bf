package fr.proxima.inventory.agent.protocol;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A hardened reader of OCS messages: StAX with DTDs and external entities switched off, and any {@code <!DOCTYPE>}
 * refused outright (no entity expansion at all: "billion laughs" and XXE cannot happen); the depth, the number of
 * elements and the length of each text are bounded. Attributes are ignored (the protocol does not use them).
 */
public final class OcsXml {
    /** Limits of one message. */
    public record Limits(int maxDepth, int maxElements, int maxTextLength) {
        public static final Limits DEFAULT = new Limits(12, 400_000, 64 * 1024);
    }

    private static final XMLInputFactory FACTORY = factory();

    private final Limits limits;

    public OcsXml(Limits limits) {
        this.limits = limits;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    /** The root element of the message. */
    public XmlNode parse(byte[] xml) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            int elements = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new OcsProtocolException("dtd", "DTDs are not accepted");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new OcsProtocolException("dtd", "entity references are not accepted");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > limits.maxElements()) {
                            throw new OcsProtocolException("too-large", "more than " + limits.maxElements() + " elements");
                        }
                        if (stack.size() >= limits.maxDepth()) {
                            throw new OcsProtocolException("xml", "elements nested deeper than " + limits.maxDepth());
                        }
                        XmlNode node = new XmlNode(r.getLocalName());
                        if (stack.isEmpty()) {
                            if (root != null) {
                                throw new OcsProtocolException("xml", "more than one root element");
                            }
                            root = node;
                        } else {
                            stack.peek().children().add(node);
                        }
                        stack.push(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            StringBuilder b = stack.peek().textBuffer();
                            int room = limits.maxTextLength() - b.length();
                            if (room > 0) {
                                int len = Math.min(room, r.getTextLength());
                                b.append(r.getTextCharacters(), r.getTextStart(), len);
                            }
                        }
                    }
                    default -> {
                        // comments, processing instructions: ignored
                    }
                }
            }
            if (root == null) {
                throw new OcsProtocolException("xml", "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new OcsProtocolException("xml", "malformed XML");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }
}
