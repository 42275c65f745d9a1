package dev.corpusaudit.report;

import dev.corpusaudit.model.Category;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that gives chart colours, so that a category has the same colour in every chart and report.
 *
 * <p>Every colour is dark (at least 4.5:1 contrast on white), so bars stay dark on white when printed in greyscale.
 * Colour never carries meaning on its own: every bar is labelled by its axis and its count. The hue only groups the
 * categories: warm for special categories, blue for policy exclusions, green for other personal data. Because dark
 * colours look alike in greyscale, charts that stack several categories tell them apart by {@link Hatch} as well.
 *
 * <p>Severities get one hue in four clearly different lightness steps, darkest for {@code critical}, so their order
 * survives greyscale print.
 */
public final class ChartPalette {

    /** For bars that are not categories (records per language, per source) and for unknown category ids. */
    public static final Color NEUTRAL = new Color(0x34495E);

    /**
     * For what is not one category: "other categories" in stacked charts, all records of opted-out members. Much
     * lighter than every category colour, so it stands apart from them in greyscale.
     */
    public static final Color OTHER = new Color(0xC4C4C4);

    /** Severities from {@code low} to {@code critical}, lightest to darkest. */
    public static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    private static final List<Color> BY_SEVERITY = List.of(
            new Color(0xF2D780), new Color(0xD9822B), new Color(0x9B2C22), new Color(0x3D0C0C));

    private static final Map<Category, Color> BY_CATEGORY = new EnumMap<>(Category.class);

    static {
        BY_CATEGORY.put(Category.SPECIAL_POLITICAL, new Color(0x8E1B1B));
        BY_CATEGORY.put(Category.SPECIAL_RELIGIOUS, new Color(0x6D2C6B));
        BY_CATEGORY.put(Category.SPECIAL_HEALTH, new Color(0xA1322A));
        BY_CATEGORY.put(Category.SPECIAL_ETHNIC_ORIGIN, new Color(0x7B3F00));
        BY_CATEGORY.put(Category.SPECIAL_SEXUAL_ORIENTATION, new Color(0x9C2A5A));
        BY_CATEGORY.put(Category.SPECIAL_TRADE_UNION, new Color(0x5E3A1A));
        BY_CATEGORY.put(Category.SPECIAL_GENETIC_BIOMETRIC, new Color(0x803060));
        BY_CATEGORY.put(Category.SPECIAL_CRIMINAL, new Color(0x5A1A32));
        BY_CATEGORY.put(Category.EXCLUDED_PRIVATE_MESSAGE, new Color(0x1F3A68));
        BY_CATEGORY.put(Category.EXCLUDED_CREDENTIALS, new Color(0x0B4F6C));
        BY_CATEGORY.put(Category.EXCLUDED_PAYMENT_CARD, new Color(0x2B4C9A));
        BY_CATEGORY.put(Category.EXCLUDED_BANK_ACCOUNT, new Color(0x1D5C5C));
        BY_CATEGORY.put(Category.EXCLUDED_SALARY, new Color(0x3A3F8F));
        BY_CATEGORY.put(Category.EXCLUDED_JOB_APPLICATION, new Color(0x24527A));
        BY_CATEGORY.put(Category.EXCLUDED_MINOR, new Color(0x0E3B43));
        BY_CATEGORY.put(Category.EXCLUDED_OPTED_OUT, new Color(0x4A4A8A));
        BY_CATEGORY.put(Category.EXCLUDED_REGION, new Color(0x2F4F6F));
        BY_CATEGORY.put(Category.PII_PERSON, new Color(0x2E5E2E));
        BY_CATEGORY.put(Category.PII_EMAIL, new Color(0x3B5323));
        BY_CATEGORY.put(Category.PII_PHONE, new Color(0x1E5631));
        BY_CATEGORY.put(Category.PII_NATIONAL_ID, new Color(0x4B5320));
        BY_CATEGORY.put(Category.PII_POSTAL_ADDRESS, new Color(0x35524A));
        BY_CATEGORY.put(Category.PII_IP_ADDRESS, new Color(0x3C4A2A));
        BY_CATEGORY.put(Category.PII_DATE_OF_BIRTH, new Color(0x505A1E));
    }

    private ChartPalette() {
    }

    /** The colour of a category id; {@link #NEUTRAL} for an id that is not one of {@link Category}. */
    public static Color forCategory(String categoryId) {
        return Category.byId(categoryId).map(BY_CATEGORY::get).orElse(NEUTRAL);
    }

    /** The colour of a severity; {@link #NEUTRAL} for one that is not in {@link #SEVERITIES}. */
    public static Color forSeverity(String severity) {
        int index = SEVERITIES.indexOf(severity);
        return index < 0 ? NEUTRAL : BY_SEVERITY.get(index);
    }
}
