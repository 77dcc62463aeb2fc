package dev.cumulo.storage.model;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A parsed element of a request document. Parsing refuses DTDs and external entities; anything that is not
 * well-formed XML is S3's MalformedXML.
 */
public final class XmlElement {
  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XmlElement::newBuilder);

  private final Element element;

  private XmlElement(Element element) {
    this.element = element;
  }

  /** Parses a document and checks its root element's name. */
  public static XmlElement parse(byte[] document, String expectedRoot) {
    if (document.length == 0) {
      throw S3Error.MALFORMED_XML.exception();
    }
    try {
      DocumentBuilder builder = BUILDER.get();
      builder.reset();
      Element root = builder.parse(new ByteArrayInputStream(document)).getDocumentElement();
      XmlElement parsed = new XmlElement(root);
      if (!parsed.name().equals(expectedRoot)) {
        throw S3Error.MALFORMED_XML.exception();
      }
      return parsed;
    } catch (S3Exception e) {
      throw e;
    } catch (Exception e) {
      throw S3Error.MALFORMED_XML.exception();
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ThrowingErrorHandler());
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be configured safely", e);
    }
  }

  private static final class ThrowingErrorHandler implements org.xml.sax.ErrorHandler {
    @Override
    public void warning(org.xml.sax.SAXParseException e) {}

    @Override
    public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
      throw e;
    }
  }

  public String name() {
    return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
  }

  public String text() {
    return element.getTextContent();
  }

  public List<XmlElement> children(String name) {
    List<XmlElement> found = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        XmlElement child = new XmlElement(e);
        if (child.name().equals(name)) {
          found.add(child);
        }
      }
    }
    return found;
  }

  public Optional<XmlElement> child(String name) {
    List<XmlElement> found = children(name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public Optional<String> childText(String name) {
    return child(name).map(XmlElement::text);
  }

  /** The text of a child that must be present, else MalformedXML. */
  public String requiredText(String name) {
    return childText(name).orElseThrow(S3Error.MALFORMED_XML::exception);
  }
}
