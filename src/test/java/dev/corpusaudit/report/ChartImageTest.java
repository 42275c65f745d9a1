package dev.corpusaudit.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartImageTest {

    private static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><defs>"
            + "<clipPath id='c'><path d='M0,0L9,9Z'/></clipPath></defs>"
            + "<rect style='fill:rgb(1,2,3)' clip-path='url(#c)'/><text>excluded.minor</text></svg>";

    @Test
    void dropsThePrologAndEncodesTheRest() {
        String document = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.0//EN\" "
                + "\"http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd\">\n" + SVG;

        Optional<String> uri = ChartImage.dataUri(document);

        assertTrue(uri.isPresent());
        assertTrue(uri.get().startsWith("data:image/svg+xml;base64,"));
        assertEquals(SVG, new String(Base64.getDecoder().decode(uri.get().substring(ChartImage.PREFIX.length())),
                StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg><script>alert(1)</script></svg>",
            "<svg><SCRIPT xlink:href='#x'/></svg>",
            "<svg><foreignObject><div>x</div></foreignObject></svg>",
            "<svg><a href='#top'><text>x</text></a></svg>",
            "<svg onload='alert(1)'></svg>",
            "<svg><rect style='fill:url(http://x/p.svg#g)'/></svg>",
            "<svg><rect fill=\"url('//x/p.svg#g')\"/></svg>",
            "<svg><image href='http://x/a.png'/></svg>",
            "<svg><use xlink:href=\"data:image/svg+xml;base64,AA\"/></svg>",
            "<!DOCTYPE svg [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><svg>&e;</svg>",
            "<?xml-stylesheet href='x.css'?><svg/>",
    })
    void refusesWhatIsActiveOrReachesOutside(String svg) {
        assertFalse(ChartImage.isSelfContained(svg));
        assertEquals(Optional.empty(), ChartImage.dataUri(svg));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            SVG,
            "<svg><use href='#c'/><rect fill='url( #g )'/></svg>",
            "<svg><text>&lt;script&gt; one=2</text></svg>",
    })
    void acceptsReferencesWithinTheDocument(String svg) {
        assertTrue(ChartImage.isSelfContained(svg));
    }
}
