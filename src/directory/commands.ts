import { readFileSync } from 'node:fs';
import { type Command, UsageError } from '../platform/cli.ts';
import { describeRowErrors } from '../platform/csv.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { ReferenceService } from '../reference/service.ts';
import { directoryImportMessages } from './import-messages.ts';
import { DirectoryService } from './service.ts';

const SUMMARY = {
  fr: {
    done: 'Importé\u202f: {created, plural, one {# ajouté} other {# ajoutés}}, {updated} mis à jour.',
    refused: 'Rien n’a été importé\u202f: {count, plural, one {# problème} other {# problèmes}}.',
  },
  nl: {
    done: 'Geïmporteerd: {created} toegevoegd, {updated} bijgewerkt.',
    refused: 'Er is niets geïmporteerd: {count, plural, one {# probleem} other {# problemen}}.',
  },
  en: {
    done: 'Imported: {created} added, {updated} updated.',
    refused: 'Nothing was imported: {count, plural, one {# problem} other {# problems}}.',
  },
  de: {
    done: 'Importiert: {created} hinzugefügt, {updated} aktualisiert.',
    refused: 'Es wurde nichts importiert: {count, plural, one {# Problem} other {# Probleme}}.',
  },
} satisfies Record<Locale, { done: string; refused: string }>;

export const directoryCommands: Command[] = [
  {
    words: ['import', 'clinicians'],
    usage: 'import clinicians <file.csv>',
    summary:
      'Import a network’s clinicians (columns in README.md). A known INAMI number updates that clinician. All or nothing.',
    async run(context) {
      const [file, ...rest] = context.args;
      if (!file || rest.length > 0) throw new UsageError('Give exactly one CSV file.');
      let csv: string;
      try {
        csv = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(
          `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      const database = await context.database();
      const directory = await DirectoryService.open(database, await ReferenceService.open(database));
      const outcome = await directory.importClinicians(csv);
      const text = SUMMARY[context.locale];
      if (outcome.ok) {
        context.out(format(context.locale, text.done, outcome.counts));
        return 0;
      }
      context.err(format(context.locale, text.refused, { count: outcome.errors.length }));
      for (const line of describeRowErrors(
        context.locale,
        outcome.errors,
        directoryImportMessages[context.locale],
      ))
        context.err(`  ${line}`);
      return 1;
    },
  },
];
