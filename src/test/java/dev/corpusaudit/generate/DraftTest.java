package dev.corpusaudit.generate;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planted sentences land where their placement says, with the right separators. */
class DraftTest {
    private final SplittableRandom rng = new SplittableRandom(1);

    private static Draft letter() {
        Draft draft = new Draft(" ").add("", "Dear Anna,");
        draft.endHeader();
        draft.add("\n\n", "I apply.").add(" ", "I am good.");
        draft.beginFooter();
        draft.add("\n\n", "Regards,").add("\n", "Ben");
        return draft;
    }

    @Test
    void startGoesFirstWithoutLeadingSeparator() {
        Draft draft = letter();
        draft.place(new Plant("=1+1", Plant.Placement.START, null), rng);
        assertEquals("=1+1 Dear Anna,\n\nI apply. I am good.\n\nRegards,\nBen", draft.render());
    }

    @Test
    void endGoesLastAsItsOwnParagraph() {
        Draft draft = letter();
        draft.place(new Plant("ben@example.com", Plant.Placement.END, null), rng);
        assertTrue(draft.render().endsWith("Ben\n\nben@example.com"));
    }

    @Test
    void insideStaysBetweenHeaderAndFooter() {
        for (int i = 0; i < 50; i++) {
            Draft draft = letter();
            draft.place(Plant.inside("X."), rng);
            String text = draft.render();
            assertTrue(text.startsWith("Dear Anna,\n\n"), text);
            assertTrue(text.endsWith("\n\nRegards,\nBen"), text);
            assertTrue(text.contains("X."), text);
        }
    }

    @Test
    void paragraphStandsAloneBetweenHeaderAndFooter() {
        for (int i = 0; i < 50; i++) {
            Draft draft = letter();
            draft.place(new Plant("Got this:\nHi Ben, thanks.", Plant.Placement.PARAGRAPH, null), rng);
            String text = draft.render();
            assertTrue(text.startsWith("Dear Anna,\n\n"), text);
            assertTrue(text.endsWith("\n\nRegards,\nBen"), text);
            assertTrue(text.contains("\n\nGot this:\nHi Ben, thanks.\n\n"), text);
        }
        Draft comment = new Draft(" ").add("", "Great post.");
        comment.place(new Plant("Got this:\nHi.", Plant.Placement.PARAGRAPH, null), new SplittableRandom(2));
        assertTrue(comment.render().equals("Got this:\nHi.\n\nGreat post.") || comment.render().equals("Great post.\n\nGot this:\nHi."),
                comment.render());
    }

    @Test
    void replaceTakesThePlaceOfTheTextAndLaterPlantsGoAroundIt() {
        Draft draft = letter();
        draft.place(new Plant("Hi Ben,\nSee you then.", Plant.Placement.REPLACE, null), rng);
        assertEquals("Hi Ben,\nSee you then.", draft.render());
        draft.place(Plant.inside("X."), rng);
        String text = draft.render();
        assertTrue(text.equals("X. Hi Ben,\nSee you then.") || text.equals("Hi Ben,\nSee you then. X."), text);
    }
}
