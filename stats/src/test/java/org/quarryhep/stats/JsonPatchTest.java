package org.quarryhep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.testkit.ReferenceData;

/** JSON Patch against the examples of RFC 6902 Appendix A, and pyhf patchsets. */
class JsonPatchTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode j(String s) throws IOException {
        return M.readTree(s.replace('\'', '"'));
    }

    /** RFC 6902 Appendix A: document, patch, expected result. */
    static Stream<Arguments> rfcExamples() {
        return Stream.of(
                Arguments.of(
                        "A.1 add object member",
                        "{'foo':'bar'}",
                        "[{'op':'add','path':'/baz','value':'qux'}]",
                        "{'baz':'qux','foo':'bar'}"),
                Arguments.of(
                        "A.2 add array element",
                        "{'foo':['bar','baz']}",
                        "[{'op':'add','path':'/foo/1','value':'qux'}]",
                        "{'foo':['bar','qux','baz']}"),
                Arguments.of(
                        "A.3 remove object member",
                        "{'baz':'qux','foo':'bar'}",
                        "[{'op':'remove','path':'/baz'}]",
                        "{'foo':'bar'}"),
                Arguments.of(
                        "A.4 remove array element",
                        "{'foo':['bar','qux','baz']}",
                        "[{'op':'remove','path':'/foo/1'}]",
                        "{'foo':['bar','baz']}"),
                Arguments.of(
                        "A.5 replace",
                        "{'baz':'qux','foo':'bar'}",
                        "[{'op':'replace','path':'/baz','value':'boo'}]",
                        "{'baz':'boo','foo':'bar'}"),
                Arguments.of(
                        "A.6 move value",
                        "{'foo':{'bar':'baz','waldo':'fred'},'qux':{'corge':'grault'}}",
                        "[{'op':'move','from':'/foo/waldo','path':'/qux/thud'}]",
                        "{'foo':{'bar':'baz'},'qux':{'corge':'grault','thud':'fred'}}"),
                Arguments.of(
                        "A.7 move array element",
                        "{'foo':['all','grass','cows','eat']}",
                        "[{'op':'move','from':'/foo/1','path':'/foo/3'}]",
                        "{'foo':['all','cows','eat','grass']}"),
                Arguments.of(
                        "A.8 test success",
                        "{'baz':'qux','foo':['a',2,'c']}",
                        "[{'op':'test','path':'/baz','value':'qux'},{'op':'test','path':'/foo/1','value':2}]",
                        "{'baz':'qux','foo':['a',2,'c']}"),
                Arguments.of(
                        "A.10 add nested member",
                        "{'foo':'bar'}",
                        "[{'op':'add','path':'/child','value':{'grandchild':{}}}]",
                        "{'foo':'bar','child':{'grandchild':{}}}"),
                Arguments.of(
                        "A.14 escape ordering",
                        "{'/':9,'~1':10}",
                        "[{'op':'test','path':'/~01','value':10}]",
                        "{'/':9,'~1':10}"),
                Arguments.of(
                        "A.16 add array value",
                        "{'foo':['bar']}",
                        "[{'op':'add','path':'/foo/-','value':['abc','def']}]",
                        "{'foo':['bar',['abc','def']]}"),
                Arguments.of(
                        "copy",
                        "{'a':[1]}",
                        "[{'op':'copy','from':'/a','path':'/b'}]",
                        "{'a':[1],'b':[1]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rfcExamples")
    void rfc6902AppendixExamples(String name, String doc, String patch, String expected)
            throws IOException {
        JsonNode original = j(doc);
        JsonNode out = JsonPatch.fromJson(j(patch), name).apply(original);
        assertEquals(j(expected), out);
        assertEquals(j(doc), original, "input untouched");
    }

    @Test
    void rfcA9FailedTestAndA12MissingTargetAreErrors() throws IOException {
        // RFC 6902 A.9: test of 'bar' against 'qux' fails; A.12: adding to a nonexistent target
        // fails.
        InvalidSpecificationException t =
                assertThrows(
                        InvalidSpecificationException.class,
                        () ->
                                JsonPatch.fromJson(
                                                j("[{'op':'test','path':'/baz','value':'bar'}]"),
                                                "p.json")
                                        .apply(j("{'baz':'qux'}")));
        assertTrue(
                t.getMessage().contains("/baz") && t.getMessage().contains("test failed"),
                t.getMessage());
        InvalidSpecificationException a =
                assertThrows(
                        InvalidSpecificationException.class,
                        () ->
                                JsonPatch.fromJson(
                                                j("[{'op':'add','path':'/baz/bat','value':'qux'}]"),
                                                "p.json")
                                        .apply(j("{'foo':'bar'}")));
        assertTrue(a.getMessage().contains("does not exist"), a.getMessage());
        InvalidSpecificationException op =
                assertThrows(
                        InvalidSpecificationException.class,
                        () -> JsonPatch.fromJson(j("[{'op':'frob','path':'/x'}]"), "p.json"));
        assertEquals("/0/op", op.pointer());
    }

    @Test
    void patchSetSelectsPatchesByName() throws IOException {
        Path ws = ReferenceData.require("pyhf/docs_examples/2-bin_1-channel.json");
        String set =
                "{'version':'1.0.0','metadata':{'labels':['m']},'patches':["
                        + "{'metadata':{'name':'p1','values':[100]},'patch':[{'op':'replace','path':'/channels/0/samples/0/data','value':[1.0,2.0]}]},"
                        + "{'metadata':{'name':'p2','values':[200]},'patch':[{'op':'replace','path':'/channels/0/samples/0/data','value':[3.0,4.0]}]}]}";
        PatchSet ps = PatchSet.fromJson(j(set), "set.json");
        assertEquals(2, ps.patches().size());
        Workspace w = WorkspaceReader.fromJson(ps.patch("p2").apply(WorkspaceReader.readTree(ws)));
        assertEquals(3.0, w.channels().get(0).samples().get(0).data()[0]);
        assertThrows(InvalidSpecificationException.class, () -> ps.patch("p3"));
    }
}
