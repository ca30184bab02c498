package org.lectern.annotator.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgramIndexFileTest {

    @TempDir
    Path folder;

    @Test
    void arraysReadBackAsWritten() throws Exception {
        CompactNgramModels models = small();
        Path file = folder.resolve("index.bin");
        NgramIndexFile.write(file, "lingua-1.2.2.jar", models);
        CompactNgramModels read = NgramIndexFile.read(file, "lingua-1.2.2.jar");
        assertThat(read.codes).containsExactly(models.codes);
        assertThat(read.characters).containsExactly(models.characters);
        // buffers compare element by element, here a mapped file's against arrays on the heap
        assertThat(read.keys).isEqualTo(models.keys);
        assertThat(read.postingStarts).isEqualTo(models.postingStarts);
        assertThat(read.postingLanguages).isEqualTo(models.postingLanguages);
        assertThat(read.postingLnProbabilities).isEqualTo(models.postingLnProbabilities);
        assertThat(read.keys.isDirect()).isTrue();
    }

    @Test
    void aFileOfAnotherLinguaJarIsNotRead() throws Exception {
        Path file = folder.resolve("index.bin");
        NgramIndexFile.write(file, "lingua-1.2.2.jar", small());
        assertThat(NgramIndexFile.read(file, "lingua-1.2.3.jar")).isNull();
        assertThat(NgramIndexFile.read(folder.resolve("absent.bin"), "lingua-1.2.2.jar"))
                .isNull();
    }

    private static CompactNgramModels small() {
        return CompactNgramModels.onHeap(
                new short[] {0, 3, -2},
                new char[] {'a', 'ß'},
                new long[] {0, 42L << 40, -7},
                new int[] {0, 1, 3, 3},
                new byte[] {5, 0, 74},
                new float[] {-1.5f, -0.25f, Float.MIN_VALUE});
    }
}
