import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassVisitor;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Opcodes;

/**
 * Rewrites the Java 5 class files of the command-line jar (picocli's) as Java 8 class files, with
 * the stack map frames Java 6 and later carry, so that class-data sharing can archive them: the JDK
 * refuses to archive class files older than Java 6, and a run then loads and verifies every one of
 * them from the jar, about a sixth of a small run's time. Only the version and the frames change;
 * entries keep their order and times, so the build stays reproducible. Every rewritten class is
 * then loaded and initialised, so a frame the verifier would refuse fails the build, not a run.
 *
 * <p>Run by the build with the JDK's own copy of ASM: {@code java --add-exports
 * java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED ClassFileUpgrade.java JAR}.
 */
public final class ClassFileUpgrade {

  /** The first class file version (Java 6) that class-data sharing archives. */
  private static final int ARCHIVABLE = 50;

  private ClassFileUpgrade() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ClassFileUpgrade JAR");
    }
    Path jar = Path.of(args[0]);
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
    List<String> names = new ArrayList<>();
    try (URLClassLoader original = loader(jar);
        ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().endsWith(".class") && version(bytes) < ARCHIVABLE) {
          bytes = upgrade(bytes, original);
          names.add(entry.getName().replace('/', '.').replace(".class", ""));
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    try (URLClassLoader rewritten = loader(upgraded)) {
      for (String name : names) {
        Class.forName(name, true, rewritten);
      }
    }
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("rewrote " + names.size() + " class files older than Java 6 in " + jar);
  }

  private static int version(byte[] classFile) {
    return (classFile[6] & 0xFF) << 8 | (classFile[7] & 0xFF);
  }

  private static byte[] upgrade(byte[] classFile, ClassLoader classes) {
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          @Override
          protected ClassLoader getClassLoader() {
            // The frames name the common superclass of merged types: found in the jar itself.
            return classes;
          }
        };
    ClassVisitor toJava8 =
        new ClassVisitor(Opcodes.ASM8, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        };
    new ClassReader(classFile).accept(toJava8, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  private static URLClassLoader loader(Path jar) throws IOException {
    return new URLClassLoader(
        new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }
}
