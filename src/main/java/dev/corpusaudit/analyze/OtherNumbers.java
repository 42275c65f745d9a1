package dev.corpusaudit.analyze;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Clusters of digits that have a phone number's length but are written as another kind of number: a date, an IPv4
 * address, a range of amounts, a book's ISBN, the digits of an IBAN (valid or not) after its country and bank code,
 * a number inside an identifier (a message id, an e-mail's local part), or one labelled as an order, an invoice or a
 * company's number. libphonenumber reads many of them as
 * valid numbers of some plan (16.4.2024 as a German line, 34.000-44.000 as an Italian mobile), so
 * {@link PhoneDetector} does not hand them to it. Each shape is one a phone number is not written in.
 */
final class OtherNumbers {
    /** Two amounts joined by a dash: 34.000-44.000, 55,000-65,000, 36000-51000 (both ending in 000). */
    private static final Pattern AMOUNT_RANGE = Pattern.compile(
            "(?:\\d{1,3}(?:[.,]\\d{3})+|\\d{1,4}000)\\s?-\\s?(?:\\d{1,3}(?:[.,]\\d{3})+|\\d{1,4}000)");
    /** Four groups of one to three digits joined by dots, none with a leading zero: an IPv4 address. */
    private static final Pattern DOTTED_QUAD = Pattern.compile("(?:(?:[1-9]\\d{0,2}|0)\\.){3}(?:[1-9]\\d{0,2}|0)");
    /** An ISBN-10 written in its four hyphenated groups, the last one a single check digit: 0-441-56959-5. */
    private static final Pattern ISBN_GROUPS = Pattern.compile("\\d{1,5}-\\d{1,7}-\\d{1,7}-\\d");
    /** The start of an IBAN written in groups of four, right before the cluster: "NL83 WFEQ 0454 3979 01". */
    private static final Pattern IBAN_START = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4})+ ?$");
    /**
     * A label right before the cluster that names it another kind of number: an order, an invoice, a case, a parcel, a
     * company's register or VAT number ("Order #UK-2024-558712", "Companies House number 09876543", "numéro
     * d'entreprise BCE 0123.456.789", "ondernemingsnummer BE 0456.789.133", "Rechnungsnr.: 2024 1187 33", "P. IVA
     * 01234567890"), with at most a word for "number", a '#' or ':' and a country or series prefix between them.
     * Words that also head a phone line ("Bookings:", "Tickets:", "Reservas:", "Customer Service") are not labels,
     * or only with a word for "number" after them.
     */
    private static final String NUMBER_WORD = "(?:number|no|nr|nummer|numéro|n°|nº|número|núm|numero|num|n)\\.?";
    private static final Pattern OTHER_LABEL = Pattern.compile("(?iU)\\b(?:(?:"
            // en
            + "order|order id|invoice|tracking|reference|ref|companies house|vat|serial|transaction|receipt|parcel"
            + "|shipment"
            // de
            + "|bestellung|bestellnummer|bestell-nr|rechnung|rechnungsnummer|rechnungs-nr|rechnungsnr|kundennummer"
            + "|kunden-nr|kundennr|auftragsnummer|auftrag|auftragsnr|sendungsnummer|vorgangsnummer|vorgang"
            + "|aktenzeichen|az|hrb|hra|handelsregister|ust-id|ust-idnr|steuernummer|st\\.-nr|vertragsnummer"
            + "|versicherungsnummer|mitgliedsnummer|ticketnummer|referenz|buchungsnummer|transaktionsnummer"
            + "|seriennummer"
            // fr
            + "|commande|facture|dossier|référence|réf|bce|siren|siret|tva|numéro d'entreprise|numéro de client"
            + "|numéro client|colis|rcs"
            // nl
            + "|bestelnummer|bestelling|factuur|factuurnummer|klantnummer|ordernummer|kvk|kvk-nummer|btw|btw-nummer"
            + "|dossiernummer|referentie|kenmerk|zaaknummer|polisnummer|ondernemingsnummer|kbo|boekingsnummer"
            // es
            + "|pedido|factura|expediente|referencia|cif|nif|número de cliente|póliza|localizador|albarán"
            // it
            + "|ordine|fattura|pratica|riferimento|rif|partita iva|p\\.\\s?iva|codice cliente|numero cliente|polizza"
            + "|spedizione|rea|protocollo|prot"
            + ")\\.?\\s*(?:" + NUMBER_WORD + "\\s*)?"
            // words that name another number only with a word for "number" after them ("Customer: 0800 ..." is
            // a phone line, "customer number 4711 ..." is not)
            + "|(?:customer|account|policy|company|registration|reg|membership|employee|staff|patient|case"
            + "|confirmation|contract|contrat|client|kunden|cliente)\\s*" + NUMBER_WORD + "\\s*"
            + ")[:#]?\\s*(?:(?-i:[A-Z]{1,4})[-/ ]?)?$");
    /** How far before a cluster a label of another kind of number is looked for. */
    private static final int LABEL_REACH = 40;
    /** How far before a cluster an IBAN's start is looked for. */
    private static final int IBAN_REACH = 30;
    /** How far before a cluster the word ISBN is looked for. */
    private static final int ISBN_LABEL_REACH = 12;

    private OtherNumbers() {
    }

    /** Whether the cluster [start, end) of the text (first and last character digits) is another kind of number. */
    static boolean isOther(String text, int start, int end) {
        String s = text.substring(start, end);
        return isDate(s) || insideIdentifier(text, start, end) || DOTTED_QUAD.matcher(s).matches() && isAddress(s)
                || AMOUNT_RANGE.matcher(s).matches() || isIsbn(text, start, s)
                || OTHER_LABEL.matcher(text.substring(Math.max(0, start - LABEL_REACH), start)).find()
                || IBAN_START.matcher(text.substring(Math.max(0, start - IBAN_REACH), start)).find();
    }

    /**
     * A calendar date written with one separator (12.03.2024, 16.4.2024, 2024-03-12, 3/31/2024): the most common
     * cluster of seven or eight digits in text, and not a phone number in any plan the languages' countries use.
     */
    static boolean isDate(String s) {
        char sep = 0;
        for (int i = 0; i < s.length() && sep == 0; i++) {
            char c = s.charAt(i);
            sep = c == '.' || c == '-' || c == '/' ? c : 0;
        }
        if (sep == 0) {
            return false;
        }
        String[] parts = s.split(Pattern.quote(String.valueOf(sep)), -1);
        if (parts.length != 3) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        if (parts[0].length() == 4 && parts[1].length() <= 2 && parts[2].length() <= 2) { // yyyy-mm-dd
            return isDayAndMonth(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]));
        }
        if (parts[2].length() == 4 && parts[0].length() <= 2 && parts[1].length() <= 2) { // dd.mm.yyyy or mm/dd/yyyy
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            return isDayAndMonth(a, b) || isDayAndMonth(b, a);
        }
        return false;
    }

    private static boolean isDayAndMonth(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    private static boolean isAddress(String s) {
        for (String group : s.split("\\.")) {
            if (Integer.parseInt(group) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Digits glued to an identifier: right after a letter, '<' or '@' ({@code <9304051540.AA03922@host>},
     * {@code ID20240312}), or right before an '@' or a letter other than an extension's x ({@code jam.19.735404158@},
     * {@code 20240312ABC}). A phone number stands apart from the words around it.
     */
    private static boolean insideIdentifier(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return Character.isLetter(before) || before == '<' || before == '@'
                || after == '@' || Character.isLetter(after) && after != 'x' && after != 'X';
    }

    /**
     * A book number: the word ISBN just before the cluster, or an ISBN-10 in its hyphenated groups whose check digit
     * holds (a phone number is never written with a last group of one digit).
     */
    private static boolean isIsbn(String text, int start, String s) {
        String before = text.substring(Math.max(0, start - ISBN_LABEL_REACH), start).toLowerCase(Locale.ROOT);
        if (before.contains("isbn")) {
            return true;
        }
        if (!ISBN_GROUPS.matcher(s).matches()) {
            return false;
        }
        String digits = s.replace("-", "");
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (10 - i) * (digits.charAt(i) - '0');
        }
        return sum % 11 == 0;
    }
}
