package org.lectern.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A viewer serving a folder whose files are rewritten keeps one cached version per document, not one per write. */
class JsonCachesTest {

    private static final FileStamp FIRST = new FileStamp(1_000, 40);
    private static final FileStamp SECOND = new FileStamp(2_000, 40);

    @Test
    void memoryCacheReplacesTheEntryOfARewrittenFile() {
        MemoryJsonCache cache = new MemoryJsonCache(150);
        cache.put("a", FIRST, new byte[100]);
        cache.put("a", SECOND, new byte[100]);
        cache.put("b", FIRST, new byte[50]);

        assertThat(cache.get("a", FIRST)).isNull();
        assertThat(cache.get("a", SECOND)).hasSize(100); // the stale 100 bytes were freed, so "b" fit beside it
        assertThat(cache.get("b", FIRST)).hasSize(50);
    }

    @Test
    void memoryCacheEvictsTheLeastRecentlyUsedBeyondItsBudget() {
        MemoryJsonCache cache = new MemoryJsonCache(150);
        cache.put("a", FIRST, new byte[100]);
        cache.put("b", FIRST, new byte[100]);

        assertThat(cache.get("a", FIRST)).isNull();
        assertThat(cache.get("b", FIRST)).hasSize(100);
    }

    @Test
    void diskCacheKeepsOneFilePerKeyAndServesOnlyTheMatchingStamp(@TempDir Path folder) throws Exception {
        DiskJsonCache cache = new DiskJsonCache(folder);
        cache.put("doc\u0000_InitialView", FIRST, "{\"v\":1}".getBytes(StandardCharsets.UTF_8));
        cache.put("doc\u0000_InitialView", SECOND, "{\"v\":2}".getBytes(StandardCharsets.UTF_8));

        assertThat(cache.get("doc\u0000_InitialView", FIRST)).isNull();
        assertThat(new String(cache.get("doc\u0000_InitialView", SECOND), StandardCharsets.UTF_8))
                .isEqualTo("{\"v\":2}");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
