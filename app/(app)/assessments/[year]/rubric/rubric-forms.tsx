'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, Input, Select, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue, type ActionState } from '@/lib/auth/action-state';
import { importRubricAction, saveBonusAction, saveCategoryAction, saveIndicatorAction, saveRubricSettingsAction, saveVetoAction } from '@/lib/rubrics/actions';
import { GROUPS, type Group } from '@/lib/scoring/groups';
import type { BonusItem, Category, Indicator, Rubric, VetoItem } from '@/lib/scoring/rubric';
import type { RuleForm } from '@/lib/scoring/rules';
import { BAND_ROWS, bandField } from '@/lib/rubrics/band-fields';

/** The hidden keys every rubric form carries: the year and the version it was loaded at. */
function Keys({ year, version, originalCode }: { year: number; version: number; originalCode?: string }) {
  return (
    <>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      {originalCode !== undefined && <input type="hidden" name="originalCode" value={originalCode} />}
    </>
  );
}

/** A text field bound to the action state: shows what was typed after a refusal, and its error. */
function TextField({
  state,
  name,
  label,
  stored,
  idPrefix,
  required,
  hint,
  multiline,
  className,
  inputClass,
}: {
  state: ActionState;
  name: string;
  label: string;
  stored: string | number | null | undefined;
  idPrefix: string;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
  className?: string;
  inputClass?: string;
}) {
  const id = `${idPrefix}-${name}`.replace(/\./g, '-');
  const error = state.fieldErrors?.[name];
  return (
    <Field id={id} label={label} error={error} hint={hint} required={required} className={className}>
      {multiline ? (
        <Textarea {...describedBy(id, error)} name={name} rows={3} defaultValue={fieldValue(state, name, stored)} />
      ) : (
        <Input {...describedBy(id, error)} name={name} defaultValue={fieldValue(state, name, stored)} className={inputClass} />
      )}
    </Field>
  );
}

/** A choice bound to the action state like TextField; its id is its name. */
function SelectField({
  state,
  name,
  label,
  stored,
  options,
  hint,
  required,
  className,
}: {
  state: ActionState;
  name: string;
  label: string;
  stored: string;
  options: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  className?: string;
}) {
  const error = state.fieldErrors?.[name];
  return (
    <Field id={name} label={label} error={error} hint={hint} required={required} className={className}>
      <Select {...describedBy(name, error)} name={name} defaultValue={fieldValue(state, name, stored)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function SettingsForm({ year, version, rubric }: { year: number; version: number; rubric: Pick<Rubric, 'basePoints' | 'bonusCap' | 'excellentQuotaPercent' | 'grades'> }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(saveRubricSettingsAction);
  const tGroup = (g: Group) => t(`groups.${g}`);
  return (
    <form key={key} action={formAction} className="space-y-4" noValidate data-testid="rubric-settings">
      <FormMessage state={state} />
      <Keys year={year} version={version} />
      <div className="grid grid-cols-3 gap-3">
        <TextField state={state} idPrefix="s" name="basePoints" label={t('rubric.basePoints')} stored={rubric.basePoints} required inputClass="tabular-nums" />
        <TextField state={state} idPrefix="s" name="bonusCap" label={t('rubric.bonusCap')} stored={rubric.bonusCap} required inputClass="tabular-nums" />
        <TextField state={state} idPrefix="s" name="excellentQuotaPercent" label={t('rubric.quota')} stored={rubric.excellentQuotaPercent} inputClass="tabular-nums" />
      </div>
      <p className="-mt-2 text-xs text-slate-500">{t('rubric.quotaHint')}</p>
      {GROUPS.map((g) => (
        <fieldset key={g} className="space-y-1.5">
          <legend className="text-[13px] font-medium text-slate-700">{t('rubric.bands', { group: tGroup(g) })}</legend>
          <div className="grid grid-cols-[1fr_6rem] gap-x-2 text-xs text-slate-500">
            <span>{t('rubric.grade')}</span>
            <span>{t('rubric.min')}</span>
          </div>
          {Array.from({ length: BAND_ROWS }, (_, row) => {
            const band = rubric.grades[g][row];
            const gradeName = bandField(g, row, 'grade');
            const minName = bandField(g, row, 'min');
            const errors = [state.fieldErrors?.[gradeName], state.fieldErrors?.[minName]].filter(Boolean);
            return (
              <div key={row}>
                <div className="grid grid-cols-[1fr_6rem] gap-x-2">
                  <Input
                    name={gradeName}
                    aria-label={`${t('rubric.bands', { group: tGroup(g) })} ${t('rubric.bandRow', { row: row + 1 })} ${t('rubric.grade')}`}
                    aria-invalid={!!state.fieldErrors?.[gradeName] || undefined}
                    defaultValue={fieldValue(state, gradeName, band?.grade)}
                    className="h-8"
                  />
                  <Input
                    name={minName}
                    aria-label={`${t('rubric.bands', { group: tGroup(g) })} ${t('rubric.bandRow', { row: row + 1 })} ${t('rubric.min')}`}
                    aria-invalid={!!state.fieldErrors?.[minName] || undefined}
                    defaultValue={fieldValue(state, minName, band?.min)}
                    className="h-8 tabular-nums"
                  />
                </div>
                {errors.length > 0 && (
                  <p role="alert" className="text-xs text-red-600">
                    {errors.join(' ')}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <p className="text-xs text-slate-500">{t('rubric.bandsHint')}</p>
      <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
    </form>
  );
}

export function CategoryForm({ year, version, category }: { year: number; version: number; category?: Omit<Category, 'indicators'> }) {
  const t = useTranslations('rubric');
  const tc = useTranslations('common');
  const { state, formAction, key } = useFormAction(saveCategoryAction);
  const p = `cat-${category?.code ?? 'new'}`;
  return (
    <form key={key} action={formAction} className="grid gap-3 sm:grid-cols-[6rem_1fr_1fr_6rem_auto] sm:items-start" noValidate>
      <div className="sm:col-span-5">
        <FormMessage state={state} />
      </div>
      <Keys year={year} version={version} originalCode={category?.code ?? ''} />
      <TextField state={state} idPrefix={p} name="code" label={t('code')} stored={category?.code} required />
      <TextField state={state} idPrefix={p} name="title" label={t('titleLabel')} stored={category?.title} required />
      <TextField state={state} idPrefix={p} name="titleEn" label={t('titleEn')} stored={category?.titleEn} />
      <TextField state={state} idPrefix={p} name="points" label={t('points')} stored={category?.points} required inputClass="tabular-nums" />
      <SubmitButton variant="secondary" className="sm:mt-6">
        {category ? tc('save') : t('addCategory')}
      </SubmitButton>
    </form>
  );
}

export function BonusForm({ year, version, item }: { year: number; version: number; item?: BonusItem }) {
  const t = useTranslations('rubric');
  const tc = useTranslations('common');
  const { state, formAction, key } = useFormAction(saveBonusAction);
  const p = `bonus-${item?.code ?? 'new'}`;
  return (
    <form key={key} action={formAction} className="grid gap-3 sm:grid-cols-[6rem_1fr_6rem]" noValidate>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <Keys year={year} version={version} originalCode={item?.code ?? ''} />
      <TextField state={state} idPrefix={p} name="code" label={t('code')} stored={item?.code} required />
      <TextField state={state} idPrefix={p} name="title" label={t('titleLabel')} stored={item?.title} required />
      <TextField state={state} idPrefix={p} name="pointsEach" label={t('pointsEach')} stored={item?.pointsEach} required inputClass="tabular-nums" />
      <TextField state={state} idPrefix={p} name="titleEn" label={t('titleEn')} stored={item?.titleEn} className="sm:col-span-3" />
      <TextField state={state} idPrefix={p} name="criteria" label={t('criteria')} stored={item?.criteria} required className="sm:col-span-3" />
      <TextField state={state} idPrefix={p} name="criteriaEn" label={t('criteriaEn')} stored={item?.criteriaEn} className="sm:col-span-3" />
      <div>
        <SubmitButton variant="secondary">{item ? tc('save') : t('addBonus')}</SubmitButton>
      </div>
    </form>
  );
}

export function VetoForm({ year, version, item }: { year: number; version: number; item?: VetoItem }) {
  const t = useTranslations('rubric');
  const tc = useTranslations('common');
  const { state, formAction, key } = useFormAction(saveVetoAction);
  const p = `veto-${item?.code ?? 'new'}`;
  return (
    <form key={key} action={formAction} className="grid gap-3 sm:grid-cols-[6rem_1fr]" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Keys year={year} version={version} originalCode={item?.code ?? ''} />
      <TextField state={state} idPrefix={p} name="code" label={t('code')} stored={item?.code} required />
      <TextField state={state} idPrefix={p} name="title" label={t('titleLabel')} stored={item?.title} required />
      <TextField state={state} idPrefix={p} name="titleEn" label={t('titleEn')} stored={item?.titleEn} className="sm:col-span-2" />
      <TextField state={state} idPrefix={p} name="effect" label={t('effect')} stored={item?.effect} required className="sm:col-span-2" />
      <TextField state={state} idPrefix={p} name="effectEn" label={t('effectEn')} stored={item?.effectEn} className="sm:col-span-2" />
      <div>
        <SubmitButton variant="secondary">{item ? tc('save') : t('addVeto')}</SubmitButton>
      </div>
    </form>
  );
}

export function IndicatorForm({
  year,
  version,
  categories,
  categoryCode,
  indicator,
  rules,
}: {
  year: number;
  version: number;
  categories: { code: string; title: string }[];
  categoryCode: string;
  indicator?: Indicator;
  /** The registry's rule types and their parameters (lib/scoring/rules.ts ruleForms). */
  rules: RuleForm[];
}) {
  const t = useTranslations();
  // Rule labels are catalog keys named by the registry.
  const tr = t as unknown as (key: string) => string;
  const { state, formAction, key } = useFormAction(saveIndicatorAction);
  const e = state.fieldErrors ?? {};
  const [ruleType, setRuleType] = useState(fieldValue(state, 'ruleType', indicator?.rule.type ?? rules[0]?.type));
  return (
    <form key={key} action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={state} />
      <Keys year={year} version={version} originalCode={indicator?.code ?? ''} />
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem_8rem]">
        <SelectField
          state={state}
          name="categoryCode"
          label={t('rubric.category')}
          stored={categoryCode}
          options={categories.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` }))}
          required
        />
        <TextField state={state} idPrefix="ind" name="code" label={t('rubric.code')} stored={indicator?.code} required />
        <TextField state={state} idPrefix="ind" name="points" label={t('rubric.points')} stored={indicator?.points} required inputClass="tabular-nums" />
      </div>
      <TextField state={state} idPrefix="ind" name="title" label={t('rubric.titleLabel')} stored={indicator?.title} required />
      <TextField state={state} idPrefix="ind" name="titleEn" label={t('rubric.titleEn')} stored={indicator?.titleEn} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="ruleType" label={t('rubric.ruleType')} error={e.ruleType} required>
          <Select {...describedBy('ruleType', e.ruleType)} name="ruleType" value={ruleType} onChange={(ev) => setRuleType(ev.target.value)}>
            {rules.map((r) => (
              <option key={r.type} value={r.type}>
                {tr(r.label)}
              </option>
            ))}
          </Select>
        </Field>
        {rules
          .find((r) => r.type === ruleType)
          ?.params.map((p) =>
            p.kind === 'number' ? (
              <TextField key={p.name} state={state} idPrefix="ind" name={p.name} label={tr(p.label)} stored={p.value} hint={p.hint && tr(p.hint)} required inputClass="tabular-nums" />
            ) : (
              <SelectField
                key={p.name}
                state={state}
                name={p.name}
                label={tr(p.label)}
                stored={p.value}
                options={p.options.map((o) => ({ value: o, label: tr(`${p.optionLabel}.${o}`) }))}
                hint={p.hint && tr(p.hint)}
                className="sm:col-span-2"
              />
            ),
          )}
      </div>
      <SelectField
        state={state}
        name="appliesTo"
        label={t('rubric.appliesTo')}
        stored={indicator?.appliesTo ?? 'all'}
        options={(['all', 'enforcement'] as const).map((a) => ({ value: a, label: t(`assessment.appliesTo.${a}`) }))}
        required
        className="max-w-xs"
      />
      <TextField state={state} idPrefix="ind" name="criteria" label={t('rubric.criteria')} stored={indicator?.criteria} required multiline />
      <TextField state={state} idPrefix="ind" name="criteriaEn" label={t('rubric.criteriaEn')} stored={indicator?.criteriaEn} multiline />
      <TextField state={state} idPrefix="ind" name="evidence" label={t('rubric.evidence')} stored={indicator?.evidence} />
      <TextField state={state} idPrefix="ind" name="evidenceEn" label={t('rubric.evidenceEn')} stored={indicator?.evidenceEn} />
      <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
    </form>
  );
}

export function ImportForm({ year, version }: { year: number; version: number | null }) {
  const t = useTranslations('rubric');
  const { state, formAction, key } = useFormAction(importRubricAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version ?? ''} />
      <p className="text-xs text-slate-500">{t('importHint', { year })}</p>
      <Field id="import-file" label={t('importFile')} error={e.file}>
        <input
          {...describedBy('import-file', e.file)}
          type="file"
          name="file"
          accept=".json,application/json"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700 hover:file:bg-brand-100"
        />
      </Field>
      <Field id="import-text" label={t('importText')} error={e.text}>
        <Textarea {...describedBy('import-text', e.text)} name="text" rows={4} className="font-mono text-xs" defaultValue={fieldValue(state, 'text', '')} />
      </Field>
      <SubmitButton variant="secondary">{t('import')}</SubmitButton>
    </form>
  );
}
