package org.recovery.templates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Severity;
import org.recovery.core.Tone;

/**
 * Realistic complaints for every issue kind, tone and shipped language, decided by the default
 * policy: a friendly letter answers a first incident of a customer whose given name is known and
 * whose products have names in their language; a formal letter answers a third incident, with
 * products named only in the (English) catalogue.
 */
final class LetterCases {
  static final Instant RECEIVED = Instant.parse("2026-11-20T10:15:00Z");
  static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt");

  /** A product: sku, catalogue name, quantity, price, and its name in es, fr, de and pt. */
  private record Product(String sku, String name, int quantity, String price, List<String> local) {}

  private static final Map<IssueKind, Product> PRODUCTS =
      Map.ofEntries(
          Map.entry(
              IssueKind.DAMAGED,
              new Product(
                  "GP-100",
                  "Garlic press",
                  1,
                  "24.99",
                  List.of(
                      "prensa de ajos", "presse-ail", "Knoblauchpresse", "espremedor de alho"))),
          Map.entry(
              IssueKind.WRONG_ITEM,
              new Product(
                  "MG-2",
                  "Stoneware mug",
                  1,
                  "14.00",
                  List.of("taza de gres", "mug en grès", "Steingutbecher", "caneca de cerâmica"))),
          Map.entry(
              IssueKind.WRONG_SIZE,
              new Product(
                  "RS-240-38",
                  "Trail running shoes, size 38",
                  1,
                  "89.00",
                  List.of(
                      "par de zapatillas de trail de la talla 38",
                      "paire de chaussures de trail en pointure 38",
                      "Trailschuhe in Größe 38",
                      "tênis de trilha tamanho 38"))),
          Map.entry(
              IssueKind.USAGE_DIFFICULTY,
              new Product(
                  "EM-7",
                  "Espresso maker",
                  1,
                  "129.00",
                  List.of(
                      "cafetera espresso",
                      "machine à expresso",
                      "Espressomaschine",
                      "cafeteira expresso"))),
          Map.entry(
              IssueKind.POOR_QUALITY,
              new Product(
                  "TT-12",
                  "Linen tea towel",
                  2,
                  "19.00",
                  List.of(
                      "paño de cocina de lino",
                      "torchon en lin",
                      "Geschirrtuch aus Leinen",
                      "pano de prato de linho"))),
          Map.entry(
              IssueKind.LATE_DELIVERY,
              new Product(
                  "CK-3",
                  "Cast-iron casserole",
                  1,
                  "149.00",
                  List.of(
                      "cazuela de hierro fundido",
                      "cocotte en fonte",
                      "Schmortopf aus Gusseisen",
                      "panela de ferro fundido"))),
          Map.entry(
              IssueKind.LOST_DELIVERY,
              new Product(
                  "LB-5",
                  "Reading lamp",
                  1,
                  "59.00",
                  List.of("lámpara de lectura", "lampe de lecture", "Leselampe", "luminária"))),
          Map.entry(
              IssueKind.BILLING_ERROR,
              new Product(
                  "SUB-Y",
                  "Annual membership",
                  1,
                  "59.00",
                  List.of(
                      "suscripción anual",
                      "abonnement annuel",
                      "Jahresmitgliedschaft",
                      "assinatura anual"))),
          Map.entry(
              IssueKind.SERVICE_FAILURE,
              new Product(
                  "CB-1",
                  "Cloud backup, one month",
                  1,
                  "9.99",
                  List.of(
                      "copia de seguridad en la nube",
                      "sauvegarde en ligne",
                      "Cloud-Backup",
                      "backup na nuvem"))),
          Map.entry(
              IssueKind.OTHER,
              new Product(
                  "GC-1",
                  "Gift card",
                  1,
                  "50.00",
                  List.of("tarjeta regalo", "carte cadeau", "Geschenkkarte", "cartão-presente"))));

  private static final Map<IssueKind, Cause> CAUSES =
      Map.ofEntries(
          Map.entry(IssueKind.DAMAGED, Cause.PRODUCT_DEFECT),
          Map.entry(IssueKind.WRONG_ITEM, Cause.BUSINESS_ERROR),
          Map.entry(IssueKind.WRONG_SIZE, Cause.CUSTOMER_MISTAKE),
          Map.entry(IssueKind.USAGE_DIFFICULTY, Cause.UNKNOWN),
          Map.entry(IssueKind.POOR_QUALITY, Cause.PRODUCT_DEFECT),
          Map.entry(IssueKind.LATE_DELIVERY, Cause.CARRIER),
          Map.entry(IssueKind.LOST_DELIVERY, Cause.CARRIER),
          Map.entry(IssueKind.BILLING_ERROR, Cause.BUSINESS_ERROR),
          Map.entry(IssueKind.SERVICE_FAILURE, Cause.BUSINESS_ERROR),
          Map.entry(IssueKind.ACCOUNT_PROBLEM, Cause.BUSINESS_ERROR),
          Map.entry(IssueKind.STAFF_CONDUCT, Cause.BUSINESS_ERROR),
          Map.entry(IssueKind.OTHER, Cause.UNKNOWN));

  /** Calm customers with small problems; everyone else writes frustrated. */
  private static final List<IssueKind> CALM =
      List.of(
          IssueKind.WRONG_SIZE,
          IssueKind.BILLING_ERROR,
          IssueKind.ACCOUNT_PROBLEM,
          IssueKind.OTHER);

  private static final Map<String, List<String>> PEOPLE =
      Map.of(
          "en", List.of("Dana Whitfield", "Dana", "en-GB", "GBP", "Europe/London"),
          "es", List.of("Lucía Fernández", "Lucía", "es-ES", "EUR", "Europe/Madrid"),
          "fr", List.of("Marc Dubois", "Marc", "fr-FR", "EUR", "Europe/Paris"),
          "de", List.of("Jonas Becker", "Jonas", "de-DE", "EUR", "Europe/Berlin"),
          "pt", List.of("Ana Souza", "Ana", "pt-BR", "BRL", "America/Sao_Paulo"));

  private LetterCases() {}

  static Cause cause(IssueKind kind) {
    return CAUSES.get(kind);
  }

  static ZoneId zone(String language) {
    return ZoneId.of(PEOPLE.get(language).get(4));
  }

  /** The complaint of a kind in a language; a friendly case is a first, calmer incident. */
  static Complaint complaint(IssueKind kind, Tone tone, String language) {
    List<String> person = PEOPLE.get(language);
    Customer customer =
        Customer.of(
            "cust-42", person.get(0), "customer@example.com", Locale.forLanguageTag(person.get(2)));
    boolean friendly = tone == Tone.FRIENDLY_FIX;
    if (friendly) {
      customer = customer.withGivenName(person.get(1));
    }
    var b =
        Complaint.builder()
            .id("c-2041")
            .customer(customer)
            .receivedAt(RECEIVED)
            .channel(Channel.EMAIL)
            .kind(kind)
            .severity(friendly ? Severity.MINOR : Severity.MODERATE)
            .mood(friendly && CALM.contains(kind) ? Mood.CALM : Mood.FRUSTRATED)
            .cause(CAUSES.get(kind))
            .orderId("o-8812")
            .message("It went wrong.")
            .language(Locale.forLanguageTag(language));
    Product p = PRODUCTS.get(kind);
    if (p != null) {
      OrderLine line =
          new OrderLine(
              p.sku(),
              p.name(),
              Optional.of("L2026-41"),
              p.quantity(),
              Money.of(p.price(), person.get(3)));
      int index = LANGUAGES.indexOf(language) - 1;
      if (friendly && index >= 0) {
        line = line.withLocalName(p.local().get(index));
      }
      b.line(line);
    }
    return b.build();
  }

  /** Two earlier business-caused incidents for a formal case, none for a friendly one. */
  static CustomerHistory history(Tone tone) {
    if (tone == Tone.FRIENDLY_FIX) {
      return CustomerHistory.empty("cust-42");
    }
    return new CustomerHistory(
        "cust-42",
        List.of(
            new Incident(
                "c-1801",
                RECEIVED.minus(80, ChronoUnit.DAYS),
                IssueKind.DAMAGED,
                true,
                Optional.empty(),
                true),
            new Incident(
                "c-1944",
                RECEIVED.minus(35, ChronoUnit.DAYS),
                IssueKind.LATE_DELIVERY,
                true,
                Optional.empty(),
                true)));
  }

  static RecoveryPlan plan(IssueKind kind, Tone tone, String language) {
    return RecoveryPolicy.defaults()
        .decide(complaint(kind, tone, language), history(tone), RECEIVED);
  }

  static Letter letter(IssueKind kind, Tone tone, String language) {
    Complaint complaint = complaint(kind, tone, language);
    return Letter.builder(complaint, plan(kind, tone, language))
        .tone(tone)
        .zone(zone(language))
        .build();
  }

  /** One line saying what the case is, for the reviewer reading the golden file. */
  static String describe(IssueKind kind, Tone tone, String language) {
    Complaint c = complaint(kind, tone, language);
    String products =
        c.lines().isEmpty()
            ? "no products"
            : c.lines().get(0).quantity()
                + " x "
                + c.lines().get(0).name()
                + c.lines().get(0).localName().map(n -> " (named \"" + n + "\")").orElse("");
    return kind
        + ", cause "
        + c.cause()
        + ", "
        + c.mood().name().toLowerCase(Locale.ROOT)
        + ", "
        + (tone == Tone.FRIENDLY_FIX ? "first incident" : "third incident in 180 days")
        + ", "
        + products
        + "; customer locale "
        + c.customer().locale().toLanguageTag()
        + ", zone "
        + zone(language);
  }
}
