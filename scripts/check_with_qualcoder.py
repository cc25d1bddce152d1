"""Run QualCoder's own REFI-QDA project import on a .qdpx and print what QualCoder stored.

QualCoder (LGPL, github.com/ccbogel/QualCoder) is not a dependency: give a checkout's
src/qualcoder folder. Qt is replaced by mocks (the import only uses it for dialogs), the
project database holds the tables the import writes (from QualCoder's __main__.py).

    python scripts/check_with_qualcoder.py ~/QualCoder/src/qualcoder werk.qdpx
"""
import builtins
import importlib.util
import sqlite3
import sys
import tempfile
import types
from pathlib import Path
from unittest import mock

builtins._ = lambda s: s
pyqt = mock.MagicMock()
sys.modules["PyQt6"] = pyqt
sys.modules["PyQt6.QtWidgets"] = pyqt.QtWidgets
sys.modules["PyQt6.QtCore"] = pyqt.QtCore
sys.modules["PyQt6.QtGui"] = pyqt.QtGui

QUALCODER = Path(sys.argv[1]).resolve()
# QualCoder's modules import each other relatively; load refi.py as part of a package whose
# other modules (colours, dialogs, message boxes) are small stand-ins.
package = types.ModuleType("qualcoder_refi")
package.__path__ = []
sys.modules["qualcoder_refi"] = package
for name, source in {
    "color_selector": "colors = ['#FFFFFF'] * 120\ndef color_matcher(hex_color):\n    return hex_color\n",
    "GUI": "", "GUI.ui_dialog_refi_export_endings": "class Ui_Dialog_refi_export_line_endings: pass\n",
    "helpers": "class Message:\n    def __init__(self, *args, **kwargs): pass\n    def exec(self): return 0\n",
}.items():
    module = types.ModuleType(f"qualcoder_refi.{name}")
    module.__path__ = []
    exec(source, module.__dict__)  # noqa: S102 - our own stand-in source above
    sys.modules[f"qualcoder_refi.{name}"] = module
spec = importlib.util.spec_from_file_location("qualcoder_refi.refi", QUALCODER / "refi.py")
refi = importlib.util.module_from_spec(spec)
sys.modules["qualcoder_refi.refi"] = refi
spec.loader.exec_module(refi)
SCHEMA = """
CREATE TABLE source (id integer primary key, name text, fulltext text, mediapath text, memo text, owner text, date text, av_text_id integer, risid integer, unique(name));
CREATE TABLE code_image (imid integer primary key,id integer,x1 integer, y1 integer, width integer, height integer, cid integer, memo text, date text, owner text, important integer, pdf_page integer);
CREATE TABLE code_av (avid integer primary key,id integer,pos0 integer, pos1 integer, cid integer, memo text, date text, owner text, important integer);
CREATE TABLE annotation (anid integer primary key, fid integer,pos0 integer, pos1 integer, memo text, owner text, date text, unique(fid,pos0,pos1,owner));
CREATE TABLE attribute_type (name text primary key, date text, owner text, memo text, caseOrFile text, valuetype text);
CREATE TABLE attribute (attrid integer primary key, name text, attr_type text, value text, id integer, date text, owner text, unique(name,attr_type,id));
CREATE TABLE case_text (id integer primary key, caseid integer, fid integer, pos0 integer, pos1 integer, owner text, date text, memo text);
CREATE TABLE cases (caseid integer primary key, name text, memo text, owner text,date text, constraint ucm unique(name));
CREATE TABLE code_cat (catid integer primary key, name text, owner text, date text, memo text, supercatid integer, unique(name));
CREATE TABLE code_text (ctid integer primary key, cid integer, fid integer,seltext text, pos0 integer, pos1 integer, owner text, date text, memo text, avid integer, important integer, unique(cid,fid,pos0,pos1, owner));
CREATE TABLE code_name (cid integer primary key, name text, memo text, catid integer, owner text,date text, color text, supercid integer, unique(name));
CREATE TABLE journal (jid integer primary key, name text, jentry text, date text, owner text, unique(name));
"""
class App:
    def __init__(self, folder):
        self.conn = sqlite3.connect(":memory:")
        self.conn.executescript(SCHEMA)
        self.project_path = str(folder)
        (folder / "documents").mkdir(parents=True)
        self.settings = {"directory": str(folder), "codername": "qualcoder", "ai_enable": "False"}
        self.ai_models = None
    def write_config_ini(self, *a):
        pass
class Log:
    def append(self, text):
        print("QC:", text)
qdpx = Path(sys.argv[2]).resolve()
work = Path(tempfile.mkdtemp())
copy = work / qdpx.name
copy.write_bytes(qdpx.read_bytes())
pyqt.QtWidgets.QFileDialog.getOpenFileName.return_value = (str(copy), True)
app = App(work / "project")
refi.RefiImport(app, Log(), "qdpx")
cur = app.conn.cursor()
print("SOURCES", cur.execute("select id, name, length(fulltext) from source").fetchall())
print("CATEGORIES", cur.execute("select catid, name, supercatid from code_cat").fetchall())
print("CODES", cur.execute("select cid, name, catid, supercid, color, memo from code_name").fetchall())
for row in cur.execute("select c.name, t.seltext, t.pos0, t.pos1, t.owner, t.memo, s.fulltext from code_text t join code_name c on c.cid=t.cid join source s on s.id=t.fid"):
    ok = row[6][row[2]:row[3]] == row[1]
    print("CODING", row[:6], "quote matches text:", ok)
print("JOURNALS", cur.execute("select name, jentry, owner from journal").fetchall())
print("ANNOTATIONS", cur.execute("select * from annotation").fetchall())
print("ATTRIBUTES", cur.execute("select name, value from attribute").fetchall())
