package dev.cumulo.storage.model;

import java.util.List;

/** The parts listing documents share: {@code Contents} entries and {@code CommonPrefixes}. */
final class ListingXml {
  private ListingXml() {}

  static void contents(XmlWriter xml, ObjectSummary object, KeyEncoding encoding, Owner owner) {
    xml.start("Contents")
        .element("Key", encoding.apply(object.key()))
        .element("LastModified", object.lastModified())
        .element("ETag", object.quotedETag());
    object.checksum().ifPresent(c -> xml.element("ChecksumAlgorithm", c.algorithm().name()));
    object.checksum().ifPresent(c -> xml.element("ChecksumType", c.type().name()));
    xml.element("Size", object.size());
    if (owner != null) {
      owner.writeTo(xml, "Owner");
    }
    xml.element("StorageClass", "STANDARD").end();
  }

  static void commonPrefixes(XmlWriter xml, List<String> prefixes, KeyEncoding encoding) {
    for (String prefix : prefixes) {
      xml.start("CommonPrefixes").element("Prefix", encoding.apply(prefix)).end();
    }
  }
}
