#!/usr/bin/env python3
# gen_data.py: writes the CSV/TSV test files whose bytes matter (BOM, CRLF,
# Windows-1251, over-long cells) into data/. The outputs are committed; run
# again after editing: python3 tests/import_csv/gen_data.py
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def write(name, text, encoding="utf-8", bom=False, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Excel "CSV UTF-8 (comma delimited)" in a Russian locale: ';', BOM, CRLF,
# the classroom-quiz columns with Russian headers, decimal commas.
write("excel_bom_crlf.csv",
      "Вопрос;Ответ 1;Ответ 2;Ответ 3;Ответ 4;Время (сек);Правильный ответ\n"
      "Когда подписана Совместная декларация СССР и Японии?;1955;1956;1960;1972;20;2\n"
      "Кто подписал декларацию за Японию?;Хатояма;Коно;Мацумото;Сигэмицу;30;1,3\n"
      "\"Какой город; где шли переговоры?\";Лондон;Москва;;;10,0;2\n"
      "Сколько островов обещано передать Японии?;2;4;;;;1\n"
      ";;;;;;\n", bom=True, crlf=True)

# The same kind of sheet saved by an old Excel as "CSV (разделители - запятые)":
# Windows-1251, ';', CRLF, a generic header.
write("cp1251.csv",
      "Вопрос;Ответ;Неверный 1;Неверный 2;Категория;Пояснение\n"
      "Столица Японии?;Токио;Киото;Осака;География;С 1868 года\n"
      "Год XX съезда КПСС?;1956;;;История;\n"
      "Что такое «декларация»?;заявление;;;;\n",
      encoding="cp1251", crlf=True)

# Broken rows, each reported at its spreadsheet row.
long_q = "Очень длинный вопрос " + "а" * 1000
write("broken.csv",
      "Question;Answer 1;Answer 2;Answer 3;Answer 4;Time limit;Correct answer(s)\n"  # row 1
      "Fine question?;yes;no;;;20;1\n"                                               # 2
      ";a;b;;;20;1\n"                                                                # 3 empty question
      "Out of range?;a;b;c;d;20;5\n"                                                 # 4
      "One option?;only;;;;20;1\n"                                                   # 5
      + long_q + ";a;b;;;20;1\n"                                                     # 6 too long
      "Bad correct?;a;b;;;20;x\n"                                                    # 7
      "No correct?;a;b;;;20;\n"                                                      # 8
      "\n"                                                                           # 9 blank
      "Empty answer 2?;a;;c;;abc;3\n"                                                # 10 empty slot; bad time
      "All right?;a;b;;;20;1,2\n"                                                    # 11
      "Last fine?;a;b;c;d;240;4\n"                                                   # 12
      "\n\n\n")
